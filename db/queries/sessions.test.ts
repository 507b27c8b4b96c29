import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Handle } from "@/db";
import { sessions } from "@/db/schema";
import { closeTestDb, openTestDb, uniqueEmail } from "../testing/test-db";
import { createSession, getSessionUser, pruneSessions, revokeSession, revokeUserSessions } from "./sessions";
import { createUser, setUserDisabled } from "./users";

let handle: Handle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => closeTestDb(handle));

const DAY = 24 * 3600_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY);
const newUser = async () => {
  const email = uniqueEmail("sess");
  return { email, user: await createUser({ email, name: "S", passwordHash: "h", role: "student" }) };
};

describe("sessions", () => {
  it("ends one session at sign-out and leaves the account's others alone", async () => {
    const { user } = await newUser();
    const phone = await createSession(user.id, inDays(30));
    const laptop = await createSession(user.id, inDays(30));
    expect((await getSessionUser(phone))?.id).toBe(user.id);
    await revokeSession(phone);
    expect(await getSessionUser(phone)).toBeNull();
    expect((await getSessionUser(laptop))?.email).toBe(user.email);
    const [row] = await db.select().from(sessions).where(eq(sessions.id, phone));
    expect(row?.revokedAt).toBeInstanceOf(Date);
  });

  it("ends every session on sign-out-everywhere and on disabling, and never revives them", async () => {
    const { email, user } = await newUser();
    const a = await createSession(user.id, inDays(30));
    const b = await createSession(user.id, inDays(30));
    expect(await revokeUserSessions(user.id)).toBe(2);
    expect(await getSessionUser(a)).toBeNull();
    const c = await createSession(user.id, inDays(30));
    expect(await setUserDisabled(email, true)).toBe(true);
    expect(await getSessionUser(c)).toBeNull();
    expect(await setUserDisabled(email, false)).toBe(true);
    expect(await getSessionUser(b)).toBeNull();
    expect(await getSessionUser(c)).toBeNull();
    expect(await setUserDisabled(uniqueEmail("nobody"), true)).toBe(false);
  });

  it("refuses an expired session and forgets old ones", async () => {
    const { user } = await newUser();
    const old = await createSession(user.id, inDays(-8));
    const live = await createSession(user.id, inDays(1));
    expect(await getSessionUser(old)).toBeNull();
    expect(await getSessionUser(live, inDays(2))).toBeNull();
    expect(await pruneSessions(new Date())).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(sessions).where(eq(sessions.id, old))).toEqual([]);
    expect(await getSessionUser(live)).not.toBeNull();
  });
});
