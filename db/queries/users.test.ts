import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestDb, openTestDb, uniqueEmail } from "../testing/test-db";
import type { Handle } from "../index";
import { countUsers, createUser, DuplicateEmailError, findUserForSignIn } from "./users";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

describe("users", () => {
  it("stores emails case-insensitively and refuses a duplicate", async () => {
    const email = uniqueEmail("Dup");
    const before = await countUsers();
    const user = await createUser({ email: email.toUpperCase(), name: "A", passwordHash: "h", role: "student" });
    expect(user.email).toBe(email.toLowerCase());
    await expect(
      createUser({ email: `  ${email.toLowerCase()} `, name: "B", passwordHash: "h", role: "student" }),
    ).rejects.toBeInstanceOf(DuplicateEmailError);
    expect(await countUsers()).toBe(before + 1);
    expect((await findUserForSignIn(email))?.name).toBe("A");
  });

  it("rejects a role outside student and instructor at the database", async () => {
    await expect(
      createUser({ email: uniqueEmail(), name: "X", passwordHash: "h", role: "admin" as "student" }),
    ).rejects.toThrow();
  });
});
