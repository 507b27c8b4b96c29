import { describe, expect, it } from "vitest";
import { openDb } from "./index";

describe("the PostgreSQL client", () => {
  it("handles an idle connection's error instead of letting it crash the server", async () => {
    // No connection is made: a Pool connects on first query.
    const handle = openDb({ databaseUrl: "postgres://nobody@127.0.0.1:1/none" });
    expect(handle.pool!.listenerCount("error")).toBeGreaterThan(0);
    expect(() =>
      handle.pool!.emit("error", new Error("terminating connection due to administrator command")),
    ).not.toThrow();
    await handle.close();
  });
});
