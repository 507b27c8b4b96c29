import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Launch } from "@/lib/lti/claims";
import type { LtiRefusalCode } from "@/lib/lti/refusals";
import { generateJoinCode } from "@/lib/teach/join-code";
import { db } from "../../index";
import {
  assignments,
  classes,
  enrolments,
  ltiContexts,
  ltiResourceLinks,
  ltiUsers,
  users,
  type LtiPlatform,
} from "../../schema";

export type LinkResult =
  | { status: "refused"; code: LtiRefusalCode }
  | { status: "learner"; userId: string; classId: string; assignmentId: string }
  | { status: "instructor"; userId: string; classId: string; assignmentId: string }
  | { status: "unlinked"; userId: string; classId: string }
  | { status: "deep_link"; userId: string; classId: string };

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the database already knows about this launch: the account, the course's class, the activity. */
async function known(tx: Tx, platform: LtiPlatform, launch: Launch) {
  const [user] = await tx
    .select({ id: users.id, role: users.role })
    .from(ltiUsers)
    .innerJoin(users, eq(users.id, ltiUsers.userId))
    .where(and(eq(ltiUsers.platformId, platform.id), eq(ltiUsers.sub, launch.sub)));
  const [context] = await tx
    .select({ classId: ltiContexts.classId, ownerId: classes.instructorId })
    .from(ltiContexts)
    .innerJoin(classes, eq(classes.id, ltiContexts.classId))
    .where(and(eq(ltiContexts.platformId, platform.id), eq(ltiContexts.contextId, launch.context.id)));
  let link: { assignmentId: string; classId: string } | undefined;
  if (launch.messageType === "LtiResourceLinkRequest") {
    [link] = await tx
      .select({ assignmentId: ltiResourceLinks.assignmentId, classId: assignments.classId })
      .from(ltiResourceLinks)
      .innerJoin(assignments, eq(assignments.id, ltiResourceLinks.assignmentId))
      .where(
        and(eq(ltiResourceLinks.platformId, platform.id), eq(ltiResourceLinks.resourceLinkId, launch.resourceLink.id)),
      );
  }
  return { user, context, link };
}

/** The assignment a new activity names in its custom parameter (set by Sourced's deep linking response). */
async function namedAssignment(tx: Tx, launch: Launch) {
  const id = launch.custom.sourced_assignment;
  if (!id || !UUID.test(id)) return null;
  const [row] = await tx
    .select({ id: assignments.id, classId: assignments.classId })
    .from(assignments)
    .where(eq(assignments.id, id));
  return row ?? null;
}

async function upsertUser(tx: Tx, platform: LtiPlatform, launch: Launch, existing?: { id: string; role: string }) {
  if (existing) {
    if (launch.role === "instructor" && existing.role !== "instructor")
      await tx.update(users).set({ role: "instructor" }).where(eq(users.id, existing.id));
    return existing.id;
  }
  // The LMS's email only when no account has it: an LMS never signs anyone into an existing account.
  const taken = launch.email
    ? (await tx.select({ id: users.id }).from(users).where(eq(users.email, launch.email))).length > 0
    : true;
  const [user] = await tx
    .insert(users)
    .values({
      email: taken ? `lti-${randomUUID()}@lti.invalid` : launch.email!,
      name: launch.name,
      // Not an argon2 hash: no password ever matches, so the account signs in only through its LMS.
      passwordHash: "lti:no-password",
      role: launch.role === "instructor" ? "instructor" : "student",
    })
    .returning({ id: users.id });
  await tx.insert(ltiUsers).values({ platformId: platform.id, sub: launch.sub, userId: user!.id });
  return user!.id;
}

async function linkCourse(tx: Tx, platform: LtiPlatform, launch: Launch, classId: string) {
  await tx
    .insert(ltiContexts)
    .values({ platformId: platform.id, contextId: launch.context.id, classId, title: launch.context.title });
  return classId;
}

async function createCourseClass(tx: Tx, platform: LtiPlatform, launch: Launch, ownerId: string) {
  const name = (launch.context.title ?? `LMS course ${launch.context.id}`).slice(0, 100);
  for (let tries = 0; tries < 8; tries++) {
    const [row] = await tx
      .insert(classes)
      .values({ instructorId: ownerId, name, joinCode: generateJoinCode(randomInt) })
      .onConflictDoNothing({ target: classes.joinCode })
      .returning({ id: classes.id });
    if (row) {
      await tx.insert(ltiContexts).values({
        platformId: platform.id,
        contextId: launch.context.id,
        classId: row.id,
        title: launch.context.title,
      });
      return row.id;
    }
  }
  throw new Error("could not find a free join code");
}

async function saveLink(
  tx: Tx,
  platform: LtiPlatform,
  launch: Launch & { messageType: "LtiResourceLinkRequest" },
  assignmentId: string,
) {
  const ags = {
    lineItemUrl: launch.ags?.lineItemUrl ?? null,
    lineItemsUrl: launch.ags?.lineItemsUrl ?? null,
    agsScopes: launch.ags?.scope ?? [],
    deploymentId: launch.deploymentId,
    title: launch.resourceLink.title,
    updatedAt: new Date(),
  };
  await tx
    .insert(ltiResourceLinks)
    .values({ platformId: platform.id, resourceLinkId: launch.resourceLink.id, assignmentId, ...ags })
    .onConflictDoUpdate({
      target: [ltiResourceLinks.platformId, ltiResourceLinks.resourceLinkId],
      // A line item the tool created itself is kept when later launches bring none.
      set: { ...ags, lineItemUrl: sql`coalesce(excluded.line_item_url, ${ltiResourceLinks.lineItemUrl})` },
    });
}

class Refused extends Error {
  constructor(readonly code: LtiRefusalCode) {
    super(code);
  }
}

/**
 * Links a validated launch to Sourced in one transaction: the LMS user to an
 * account (made from the claims on the first launch), the course to a class
 * (made by its first instructor), the activity to an assignment. A refusal
 * rolls everything back, so a refused launch leaves nothing behind.
 */
export async function linkLaunch(platform: LtiPlatform, launch: Launch): Promise<LinkResult> {
  try {
    return await db.transaction(async (tx) => {
      // One launch at a time per course, so two first launches cannot make two classes.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`lti:${platform.id}:${launch.context.id}`}))`);
      const { user, context, link } = await known(tx, platform, launch);
      const instructor = launch.role === "instructor";
      if (launch.messageType === "LtiDeepLinkingRequest" && !instructor) throw new Refused("instructors_only");
      if (!context && !instructor) throw new Refused("not_ready");
      if (context && instructor && context.ownerId !== user?.id) throw new Refused("not_owner");

      let assignmentId = link?.assignmentId ?? null;
      // A course Sourced has not seen, whose activity names an assignment: it takes
      // on that assignment's class, if the launching instructor owns it.
      let adopt: string | null = null;
      if (launch.messageType === "LtiResourceLinkRequest" && !link) {
        const named = await namedAssignment(tx, launch);
        if (named && context && named.classId !== context.classId) throw new Refused("other_course");
        if (named && !context) {
          const [owner] = await tx
            .select({ id: classes.instructorId })
            .from(classes)
            .where(eq(classes.id, named.classId));
          if (!user || owner?.id !== user.id) throw new Refused("other_course");
          adopt = named.classId;
        }
        if (!named && !instructor) throw new Refused("not_ready");
        assignmentId = named?.id ?? null;
      }
      if (link && context && link.classId !== context.classId) throw new Refused("other_course");

      const userId = await upsertUser(tx, platform, launch, user);
      const classId =
        context?.classId ??
        (adopt ? await linkCourse(tx, platform, launch, adopt) : await createCourseClass(tx, platform, launch, userId));
      if (launch.messageType === "LtiDeepLinkingRequest") return { status: "deep_link", userId, classId };
      if (!assignmentId) return { status: "unlinked", userId, classId };
      await saveLink(tx, platform, launch, assignmentId);
      if (instructor) return { status: "instructor", userId, classId, assignmentId };
      await tx.insert(enrolments).values({ classId, userId }).onConflictDoNothing();
      return { status: "learner", userId, classId, assignmentId };
    });
  } catch (e) {
    if (e instanceof Refused) return { status: "refused", code: e.code };
    throw e;
  }
}

/** Attaches an activity that was placed without deep linking to an assignment of its course's class. */
export async function attachResourceLink(input: {
  platform: LtiPlatform;
  launch: Launch & { messageType: "LtiResourceLinkRequest" };
  assignmentId: string;
  classId: string;
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [a] = await tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.id, input.assignmentId), eq(assignments.classId, input.classId)));
    if (!a) return false;
    await saveLink(tx, input.platform, input.launch, a.id);
    return true;
  });
}

/** Records the line item Sourced created for an activity whose launches brought none. */
export async function saveLineItemUrl(input: { platformId: string; resourceLinkId: string; url: string }) {
  await db
    .update(ltiResourceLinks)
    .set({ lineItemUrl: input.url })
    .where(
      and(eq(ltiResourceLinks.platformId, input.platformId), eq(ltiResourceLinks.resourceLinkId, input.resourceLinkId)),
    );
}
