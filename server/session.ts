import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/auth";
import { getActiveUser, type SessionUser } from "@/db/queries/users";

/**
 * The session gate. A cookie alone is not enough: the account must still
 * exist, be enabled, and have the session version the cookie was issued with
 * (sign-out-everywhere and disabling bump it).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getActiveUser(id);
  if (!user || user.sessionVersion !== session.user.sessionVersion) return null;
  return user;
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

/** Instructor-only pages answer 404 to everyone else, as if they did not exist. */
export async function requireInstructor(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "instructor") notFound();
  return user;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids from a route or a hidden form field reach SQL only as uuids: anything
 * else is a page that does not exist (404), never a database error.
 */
export function uuidsOr404<T extends string[]>(...values: [...T]): T {
  if (!values.every((v) => typeof v === "string" && UUID.test(v))) notFound();
  return values;
}
