import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/auth";
import { getSessionUser } from "@/db/queries/sessions";
import type { SessionUser } from "@/db/queries/users";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The session gate. A cookie alone is not enough: the session record it
 * names must be live (not signed out, not expired, not ended by
 * sign-out-everywhere or disabling) and belong to an enabled account.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const sid = session?.user?.sid;
  if (!sid || !UUID.test(sid)) return null;
  const user = await getSessionUser(sid);
  return user && user.id === session.user.id ? user : null;
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

/**
 * Ids from a route or a hidden form field reach SQL only as uuids: anything
 * else is a page that does not exist (404), never a database error.
 */
export function uuidsOr404<T extends string[]>(...values: [...T]): T {
  if (!values.every((v) => typeof v === "string" && UUID.test(v))) notFound();
  return values;
}
