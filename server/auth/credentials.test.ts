import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestDb, openTestDb, uniqueEmail } from "@/db/testing/test-db";
import type { Handle } from "@/db";
import { like } from "drizzle-orm";
import { db } from "@/db";
import { rateLimits } from "@/db/schema";
import { createUser, setUserDisabled } from "@/db/queries/users";
import { authenticate } from "./credentials";
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

// A new address per call and per run: a PostgreSQL database shared by test runs keeps its counters.
const RUN = randomUUID().slice(0, 4);
let ipCounter = 0;
const freshIp = () => `2001:db8:${RUN}::${(++ipCounter).toString(16)}`;

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

  it("locks an account and address after five failures, even for the right password, until the lock ends", async () => {
    const email = await makeUser();
    const ip = freshIp();
    const t0 = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      const r = await authenticate({ email, password: "nope-nope", ip, now: t0 });
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    // Even the right password is refused while locked, so guessing gains nothing.
    expect(await authenticate({ email, password: "correct horse", ip, now: t0 })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    const later = new Date(t0.getTime() + 61_000);
    const r = await authenticate({ email, password: "correct horse", ip, now: later });
    expect(r.ok).toBe(true);
  });

  it("checks at most five passwords of a parallel batch of twenty on one account from one address", async () => {
    const email = await makeUser();
    const ip = freshIp();
    const batch = [...Array.from({ length: 19 }, (_, i) => `wrong guess ${i}`), "correct horse"];
    const results = await Promise.all(batch.map((password) => authenticate({ email, password, ip })));
    const checked = results.filter((r) => r.ok || r.reason !== "rate_limited");
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited").length).toBeGreaterThanOrEqual(15);
    const [pair] = await db
      .select()
      .from(rateLimits)
      .where(like(rateLimits.key, `%${email}%`));
    expect(pair?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it("an attacker's failures on an account do not lock its owner out from another address", async () => {
    const email = await makeUser();
    const attacker = freshIp();
    for (let i = 0; i < 8; i++) await authenticate({ email, password: `guess ${i}`, ip: attacker });
    expect(await authenticate({ email, password: "correct horse", ip: attacker })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    expect((await authenticate({ email, password: "correct horse", ip: freshIp() })).ok).toBe(true);
  });

  it("five failures on one account behind a school's NAT do not lock the other accounts behind it", async () => {
    const nat = freshIp();
    const forgetful = await makeUser();
    for (let i = 0; i < 5; i++) await authenticate({ email: forgetful, password: `forgot ${i}`, ip: nat });
    const classmate = await makeUser();
    expect((await authenticate({ email: classmate, password: "correct horse", ip: nat })).ok).toBe(true);
  });

  it("stops one address at the per-address ceiling across accounts, and no other address", async () => {
    const ip = freshIp();
    const t0 = new Date("2030-03-01T10:00:00Z");
    for (let i = 0; i < 50; i++) {
      const r = await authenticate({ email: uniqueEmail("spray"), password: "guess-guess", ip, now: t0 });
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const victim = await makeUser();
    expect(await authenticate({ email: victim, password: "correct horse", ip, now: t0 })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    expect((await authenticate({ email: victim, password: "correct horse", ip: freshIp(), now: t0 })).ok).toBe(true);
  });

  it("doubles the lock of an account and address each time it is locked again", async () => {
    const email = await makeUser();
    const ip = freshIp();
    const t0 = new Date("2030-04-01T10:00:00Z");
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const fail = (s: number) => authenticate({ email, password: "nope-nope", ip, now: at(s) });
    for (let i = 0; i < 5; i++) expect(await fail(i)).toEqual({ ok: false, reason: "invalid" });
    expect(await fail(30)).toEqual({ ok: false, reason: "rate_limited" });
    for (let i = 0; i < 5; i++) expect(await fail(70 + i)).toEqual({ ok: false, reason: "invalid" });
    // The second lock lasts two minutes from the fifth failure (at 74 s).
    expect(await fail(74 + 100)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await authenticate({ email, password: "correct horse", ip, now: at(74 + 121) })).toMatchObject({ ok: true });
  });

  it("a right password clears the count of its account and address", async () => {
    const email = await makeUser();
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await authenticate({ email, password: `typo ${i}`, ip });
    expect((await authenticate({ email, password: "correct horse", ip })).ok).toBe(true);
    for (let i = 0; i < 4; i++) await authenticate({ email, password: `typo again ${i}`, ip });
    expect((await authenticate({ email, password: "correct horse", ip })).ok).toBe(true);
  });
});
