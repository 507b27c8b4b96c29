import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "../../index";
import { ltiPlatforms, type LtiPlatform } from "../../schema";

export type PlatformInput = Pick<
  LtiPlatform,
  "name" | "issuer" | "clientId" | "deploymentIds" | "authUrl" | "tokenUrl" | "jwksUrl" | "siteUrl"
>;

/** Registers a platform for this instructor; one registration per issuer and client ID across Sourced. */
export async function createPlatform(
  input: PlatformInput & { createdBy: string },
): Promise<{ status: "created"; id: string } | { status: "duplicate" }> {
  const [row] = await db
    .insert(ltiPlatforms)
    .values(input)
    .onConflictDoNothing({ target: [ltiPlatforms.issuer, ltiPlatforms.clientId] })
    .returning({ id: ltiPlatforms.id });
  return row ? { status: "created", id: row.id } : { status: "duplicate" };
}

export async function listPlatformsForInstructor(instructorId: string) {
  return db
    .select()
    .from(ltiPlatforms)
    .where(eq(ltiPlatforms.createdBy, instructorId))
    .orderBy(asc(ltiPlatforms.createdAt));
}

/**
 * Removes a registration of this instructor. Its launches stop; the accounts,
 * classes and answers it brought stay, only their links to the LMS go.
 */
export async function deletePlatform(input: { id: string; instructorId: string }): Promise<boolean> {
  const rows = await db
    .delete(ltiPlatforms)
    .where(and(eq(ltiPlatforms.id, input.id), eq(ltiPlatforms.createdBy, input.instructorId)))
    .returning({ id: ltiPlatforms.id });
  return rows.length > 0;
}

/**
 * The registration a login initiation names. The client ID is optional in a
 * login request; without it the issuer must have exactly one registration.
 */
export async function findPlatform(input: { issuer: string; clientId: string | null }): Promise<LtiPlatform | null> {
  const rows = await db
    .select()
    .from(ltiPlatforms)
    .where(
      input.clientId === null
        ? eq(ltiPlatforms.issuer, input.issuer)
        : and(eq(ltiPlatforms.issuer, input.issuer), eq(ltiPlatforms.clientId, input.clientId)),
    )
    .limit(2);
  return rows.length === 1 ? rows[0]! : null;
}

export async function getPlatform(id: string): Promise<LtiPlatform | null> {
  const [row] = await db.select().from(ltiPlatforms).where(eq(ltiPlatforms.id, id));
  return row ?? null;
}

/** Every URL that says where the registered platforms live, for frame-ancestors. */
export async function platformSiteUrls(): Promise<string[]> {
  const rows = await db
    .select({ issuer: ltiPlatforms.issuer, authUrl: ltiPlatforms.authUrl, siteUrl: ltiPlatforms.siteUrl })
    .from(ltiPlatforms);
  return rows.flatMap((r) => [r.issuer, r.authUrl, ...(r.siteUrl ? [r.siteUrl] : [])]);
}
