import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestDb, openTestDb, uniqueEmail } from "@/db/testing/test-db";
import type { Handle } from "@/db";
import { createUser, setUserDisabled } from "@/db/queries/users";
import { authenticate, RATE_LIMIT } from "./credentials";
import { hashPassword, passwordProblem, verifyPassword } from "./password";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

async function makeUser(password = "correct horse") {
  const email = uniqueEmail();
  await createUser({ email, name: "T", role: "student", passwordHash: await hashPassword(password) });
  return email;
}

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

describe("passwords", () => {
  it("hashes with argon2id and verifies", async () => {
    const h = await hashPassword("s3cret-pass");
    expect(h.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(h, "s3cret-pass")).toBe(true);
    expect(await verifyPassword(h, "s3cret-pasS")).toBe(false);
    expect(await verifyPassword(null, "anything")).toBe(false);
  });

  it("enforces 8 to 128 characters", () => {
    expect(passwordProblem("1234567")).toMatch(/at least 8/);
    expect(passwordProblem("12345678")).toBeNull();
    expect(passwordProblem("x".repeat(128))).toBeNull();
    expect(passwordProblem("x".repeat(129))).toMatch(/at most 128/);
  });
});

describe("authenticate", () => {
  it("accepts the right password, case-insensitive email", async () => {
    const email = await makeUser();
    const r = await authenticate({ email: email.toUpperCase(), password: "correct horse", ip: freshIp() });
    expect(r.ok && r.user.email).toBe(email);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const email = await makeUser();
    const wrong = await authenticate({ email, password: "wrong horse", ip: freshIp() });
    const unknown = await authenticate({ email: uniqueEmail("ghost"), password: "correct horse", ip: freshIp() });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a disabled account with the same answer", async () => {
    const email = await makeUser();
    await setUserDisabled(email, true);
    expect(await authenticate({ email, password: "correct horse", ip: freshIp() })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("locks an account after five failures a minute, from any IP, and lets it in after the window", async () => {
    const email = await makeUser();
    const t0 = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < RATE_LIMIT.maxFailures; i++) {
      const r = await authenticate({ email, password: "nope-nope", ip: freshIp(), now: t0 });
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    // Even the right password is refused while locked, so guessing gains nothing.
    expect(await authenticate({ email, password: "correct horse", ip: freshIp(), now: t0 })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    const later = new Date(t0.getTime() + RATE_LIMIT.windowMs + 1000);
    const r = await authenticate({ email, password: "correct horse", ip: freshIp(), now: later });
    expect(r.ok).toBe(true);
  });

  it("limits one IP trying many accounts", async () => {
    const ip = freshIp();
    const t0 = new Date("2030-02-01T10:00:00Z");
    for (let i = 0; i < RATE_LIMIT.maxFailures; i++) {
      await authenticate({ email: uniqueEmail("spray"), password: "guess-guess", ip, now: t0 });
    }
    const victim = await makeUser();
    expect(await authenticate({ email: victim, password: "correct horse", ip, now: t0 })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    expect((await authenticate({ email: victim, password: "correct horse", ip: freshIp(), now: t0 })).ok).toBe(true);
  });
});
