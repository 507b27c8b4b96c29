import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handle } from "@/db";
import { pruneRateLimits } from "@/db/queries/rate-limits";
import { closeTestDb, openTestDb } from "@/db/testing/test-db";
import { CONTENT_WORK_PER_INSTRUCTOR, SIGN_UP_PER_ADDRESS, takeContentWork, takeSignUp } from "./rate-limit";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

const address = () => `2001:db8:${randomUUID().slice(0, 4)}::${randomUUID().slice(0, 4)}`;

describe("the sign-up limit", () => {
  it("takes the limit's worth of parallel sign-ups from one address, then none until the window has passed", async () => {
    const from = address();
    const t0 = new Date("2031-01-01T09:00:00Z");
    const max = SIGN_UP_PER_ADDRESS.max;
    const burst = await Promise.all(Array.from({ length: max + 10 }, () => takeSignUp(from, t0)));
    expect(burst.filter(Boolean)).toHaveLength(max);
    expect(await takeSignUp(address(), t0)).toBe(true);
    expect(await takeSignUp(from, new Date(t0.getTime() + SIGN_UP_PER_ADDRESS.windowMs - 1000))).toBe(false);
    expect(await takeSignUp(from, new Date(t0.getTime() + SIGN_UP_PER_ADDRESS.windowMs + 1000))).toBe(true);
  });

  it("forgets counters idle for a day", async () => {
    const from = address();
    const t0 = new Date("2020-01-01T09:00:00Z");
    await takeSignUp(from, t0);
    expect(await pruneRateLimits(new Date("2020-01-03T09:00:00Z"))).toBeGreaterThanOrEqual(1);
  });
});

describe("the content work limit", () => {
  it("lets an instructor start a few pieces of pipeline work a minute, each instructor on their own", async () => {
    const [alice, bob] = [randomUUID(), randomUUID()];
    const t0 = new Date("2031-02-01T09:00:00Z");
    const max = CONTENT_WORK_PER_INSTRUCTOR.max;
    const burst = await Promise.all(Array.from({ length: max + 3 }, () => takeContentWork(alice, t0)));
    expect(burst.filter(Boolean)).toHaveLength(max);
    expect(await takeContentWork(bob, t0)).toBe(true);
    expect(await takeContentWork(alice, new Date(t0.getTime() + 30_000))).toBe(false);
    expect(await takeContentWork(alice, new Date(t0.getTime() + CONTENT_WORK_PER_INSTRUCTOR.windowMs + 1000))).toBe(
      true,
    );
  });
});
