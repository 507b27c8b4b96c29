import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestDb, openTestDb, uniqueEmail } from "../testing/test-db";
import type { Handle } from "../index";
import {
  bumpSessionVersion,
  countUsers,
  createUser,
  DuplicateEmailError,
  findUserForSignIn,
  getActiveUser,
  setUserDisabled,
} from "./users";

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

  it("bumps the session version and hides disabled accounts", async () => {
    const email = uniqueEmail();
    const user = await createUser({ email, name: "C", passwordHash: "h", role: "instructor" });
    expect(user.sessionVersion).toBe(1);
    await bumpSessionVersion(user.id);
    expect((await getActiveUser(user.id))?.sessionVersion).toBe(2);

    expect(await setUserDisabled(email, true)).toBe(true);
    expect(await getActiveUser(user.id)).toBeNull();
    expect(await setUserDisabled(email, false)).toBe(true);
    const back = await getActiveUser(user.id);
    // Re-enabling does not revive the cookies issued before the account was disabled.
    expect(back?.sessionVersion).toBe(4);
    expect(await setUserDisabled(uniqueEmail("nobody"), true)).toBe(false);
  });
});
