import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, refusal } from "./gate.mjs";

const req = (headers: Record<string, string>) => ({ method: "POST", headers });

describe("the HTTP gate", () => {
  it("refuses a body over the limit with 413 before anything reads it", () => {
    expect(refusal(req({ "content-length": String(MAX_BODY_BYTES + 1) }))?.status).toBe(413);
    expect(refusal(req({ "content-length": "not a number" }))?.status).toBe(413);
    expect(refusal(req({ "content-length": String(MAX_BODY_BYTES) }))).toBeNull();
  });

  it("refuses a body of unknown length with 411, and lets a request without a body through", () => {
    expect(refusal(req({ "transfer-encoding": "chunked" }))?.status).toBe(411);
    expect(refusal({ method: "GET", headers: {} })).toBeNull();
  });
});
