import "server-only";
import { randomInt } from "node:crypto";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { generateJoinCode } from "@/lib/teach/join-code";
import { db } from "../index";
import { classes, enrolments, users } from "../schema";

/**
 * Every instructor query filters by instructor: someone else's class is simply
 * not found. Correlated subqueries name outer columns in full (classes.id):
 * drizzle writes a lone table's columns unqualified, which the subquery would
 * take for its own.
 */
export async function createClass(input: { instructorId: string; name: string }) {
  // A clash on the unique join code is rare (29⁶ codes); retry with a new one.
  for (let tries = 0; tries < 8; tries++) {
    const [row] = await db
      .insert(classes)
      .values({ instructorId: input.instructorId, name: input.name, joinCode: generateJoinCode(randomInt) })
      .onConflictDoNothing({ target: classes.joinCode })
      .returning({ id: classes.id, joinCode: classes.joinCode });
    if (row) return row;
  }
  throw new Error("could not find a free join code");
}

export async function listClassesForInstructor(instructorId: string) {
  return db
    .select({
      id: classes.id,
      name: classes.name,
      joinCode: classes.joinCode,
      createdAt: classes.createdAt,
      students: sql<number>`(select count(*)::int from enrolments e where e.class_id = classes.id and e.removed_at is null)`,
      assignments: sql<number>`(select count(*)::int from assignments a where a.class_id = classes.id)`,
    })
    .from(classes)
    .where(and(eq(classes.instructorId, instructorId), isNull(classes.archivedAt)))
    .orderBy(desc(classes.createdAt));
}

export async function getClassForInstructor(input: { classId: string; instructorId: string }) {
  const [row] = await db
    .select({ id: classes.id, name: classes.name, joinCode: classes.joinCode, createdAt: classes.createdAt })
    .from(classes)
    .where(and(eq(classes.id, input.classId), eq(classes.instructorId, input.instructorId)));
  return row ?? null;
}

/** The enrolled students of a class of this instructor (none for anyone else's class). */
export async function listRoster(input: { classId: string; instructorId: string }) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, joinedAt: enrolments.joinedAt })
    .from(enrolments)
    .innerJoin(classes, and(eq(classes.id, enrolments.classId), eq(classes.instructorId, input.instructorId)))
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(and(eq(enrolments.classId, input.classId), isNull(enrolments.removedAt)))
    .orderBy(asc(users.name), asc(users.email));
}

/** Removing keeps the row (and the student's attempts) but takes them off the roster and out of results. */
export async function removeStudent(input: {
  classId: string;
  instructorId: string;
  userId: string;
}): Promise<boolean> {
  const rows = await db
    .update(enrolments)
    .set({ removedAt: new Date() })
    .where(
      and(
        eq(enrolments.classId, input.classId),
        eq(enrolments.userId, input.userId),
        isNull(enrolments.removedAt),
        sql`exists (select 1 from classes c where c.id = enrolments.class_id and c.instructor_id = ${input.instructorId})`,
      ),
    )
    .returning({ userId: enrolments.userId });
  return rows.length > 0;
}

export async function findClassByCode(joinCode: string) {
  const [row] = await db
    .select({ id: classes.id, name: classes.name, joinCode: classes.joinCode, instructorName: users.name })
    .from(classes)
    .innerJoin(users, eq(users.id, classes.instructorId))
    .where(and(eq(classes.joinCode, joinCode), isNull(classes.archivedAt)));
  return row ?? null;
}

export type JoinResult = { status: "joined" | "already" | "not_found"; classId?: string; className?: string };

/** Joining again after being removed re-enrols: the instructor shared the code with them again. */
export async function joinClass(input: { joinCode: string; userId: string }): Promise<JoinResult> {
  const found = await findClassByCode(input.joinCode);
  if (!found) return { status: "not_found" };
  const [existing] = await db
    .select({ removedAt: enrolments.removedAt })
    .from(enrolments)
    .where(and(eq(enrolments.classId, found.id), eq(enrolments.userId, input.userId)));
  if (existing && !existing.removedAt) return { status: "already", classId: found.id, className: found.name };
  await db
    .insert(enrolments)
    .values({ classId: found.id, userId: input.userId })
    .onConflictDoUpdate({
      target: [enrolments.classId, enrolments.userId],
      set: { removedAt: null, joinedAt: new Date() },
    });
  return { status: "joined", classId: found.id, className: found.name };
}

export async function listStudentClasses(userId: string) {
  return db
    .select({ id: classes.id, name: classes.name, instructorName: users.name })
    .from(enrolments)
    .innerJoin(classes, eq(classes.id, enrolments.classId))
    .innerJoin(users, eq(users.id, classes.instructorId))
    .where(and(eq(enrolments.userId, userId), isNull(enrolments.removedAt), isNull(classes.archivedAt)))
    .orderBy(asc(classes.name));
}
