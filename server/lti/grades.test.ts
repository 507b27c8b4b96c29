import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { closeTestDb, openTestDb, uniqueEmail } from "@/db/testing/test-db";
import { db, type Handle } from "@/db";
import {
  articles,
  assignments,
  attemptItems,
  attempts,
  classes,
  ltiResourceLinks,
  ltiUsers,
  questions,
  questionVersions,
} from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { finishAttempt } from "@/db/queries/attempts";
import { createPlatform } from "@/db/queries/lti/platforms";
import { enqueueAssignmentScores, listScoreSync, retryScoresNow } from "@/db/queries/lti/outbox";
import { AGS_SCOPE } from "@/lib/lti/claims";
import { sweepOnce } from "@/server/sweep";
import { deliverDueScores } from "./grades";
import { rotateKey, signAsTool, toolJwks } from "./keys";
import { ScriptedPlatform } from "./testing/scripted-platform";

let handle: Handle;
let lms: ScriptedPlatform;
const tag = randomUUID().slice(0, 8);
const ids = { instructor: "", student: "", assignment: "", platform: "", klass: "" };

async function attempt(scores: number[]): Promise<string> {
  const [a] = await db
    .insert(attempts)
    .values({
      userId: ids.student,
      assignmentId: ids.assignment,
      mode: "assignment",
      title: "Week 1",
      questionCount: scores.length,
    })
    .returning();
  await db.insert(attemptItems).values(
    scores.map((score, position) => ({
      attemptId: a!.id,
      position,
      questionId: `q_${tag}`,
      version: 1,
      score,
      correct: score === 1,
      answeredAt: new Date(),
    })),
  );
  return a!.id;
}

/** A later moment, so rows rescheduled after a failure are due. */
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

beforeAll(async () => {
  handle = await openTestDb();
  lms = await ScriptedPlatform.start("http://127.0.0.1:3998");
  lms.toolKeys = createLocalJWKSet(await toolJwks());
  ids.instructor = (await createUser({ email: uniqueEmail("g"), name: "I", passwordHash: "h", role: "instructor" })).id;
  ids.student = (
    await createUser({ email: uniqueEmail("g"), name: "Sam Student", passwordHash: "h", role: "student" })
  ).id;
  const created = await createPlatform({ ...lms.registration(), createdBy: ids.instructor });
  ids.platform = created.status === "created" ? created.id : "";
  const [klass] = await db
    .insert(classes)
    .values({ instructorId: ids.instructor, name: "C", joinCode: tag.slice(0, 6).toUpperCase() })
    .returning();
  ids.klass = klass!.id;
  const [assignment] = await db
    .insert(assignments)
    .values({ classId: klass!.id, title: "Week 1", kinds: ["true_false"], questionCount: 2, attemptPolicy: "best" })
    .returning();
  ids.assignment = assignment!.id;
  const [article] = await db
    .insert(articles)
    .values({
      slug: `g-${tag}`,
      title: "T",
      sourceText: "x",
      body: "x",
      paragraphs: [],
      wordCount: 1,
      contentHash: tag,
    })
    .returning();
  await db
    .insert(questions)
    .values({ id: `q_${tag}`, articleId: article!.id, factId: "f", factKind: "acronym", kind: "true_false" });
  await db.insert(questionVersions).values({
    questionId: `q_${tag}`,
    version: 1,
    origin: "generated",
    prompt: "p",
    answer: true,
    explanation: "e",
    sourceSentence: "s",
    sourceStart: 0,
    sourceEnd: 1,
    contentHash: tag,
  });
  await db.insert(ltiUsers).values({ platformId: ids.platform, sub: "lms-sam", userId: ids.student });
  await db.insert(ltiResourceLinks).values({
    platformId: ids.platform,
    resourceLinkId: "rl-1",
    assignmentId: ids.assignment,
    deploymentId: lms.deploymentId,
    lineItemUrl: lms.lineItemUrl("li-1"),
    agsScopes: [AGS_SCOPE.score, AGS_SCOPE.lineItem],
  });
});
afterAll(async () => {
  await lms.close();
  await closeTestDb(handle);
});

describe("grade passback", () => {
  it("keeps a grade the platform could not take, shows why, and posts it on retry", async () => {
    lms.failTokens = 1;
    const first = await attempt([1, 0]);
    expect(await finishAttempt({ attemptId: first, userId: ids.student })).toMatchObject({ score: 1 });

    expect(await deliverDueScores()).toEqual({ sent: 0, failed: 1 });
    expect(lms.scores).toHaveLength(0);
    const [stuck] = await listScoreSync({ assignmentId: ids.assignment, instructorId: ids.instructor });
    expect(stuck).toMatchObject({ student: "Sam Student", tries: 1, sentAt: null });
    expect(stuck!.lastError).toContain("503");
    expect(stuck!.dueAt!.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // Not due yet: nothing is sent.
    expect(await deliverDueScores()).toEqual({ sent: 0, failed: 0 });

    expect(
      await retryScoresNow({ assignmentId: ids.assignment, instructorId: "00000000-0000-0000-0000-000000000000" }),
    ).toBe(0);
    expect(await retryScoresNow({ assignmentId: ids.assignment, instructorId: ids.instructor })).toBe(1);
    expect(await deliverDueScores(later(1))).toEqual({ sent: 1, failed: 0 });
    expect(lms.scores).toEqual([
      {
        lineItem: lms.lineItemUrl("li-1"),
        body: expect.objectContaining({
          userId: "lms-sam",
          scoreGiven: 1,
          scoreMaximum: 2,
          activityProgress: "Completed",
          gradingProgress: "FullyGraded",
        }),
      },
    ]);
    const [sent] = await listScoreSync({ assignmentId: ids.assignment, instructorId: ids.instructor });
    expect(sent).toMatchObject({ dueAt: null, sentScore: 1, lastError: null, tries: 0 });
  });

  it("posts the score the assignment's policy counts after a better attempt, and after a regrade", async () => {
    const second = await attempt([1, 1]);
    await finishAttempt({ attemptId: second, userId: ids.student });
    expect(await deliverDueScores(later(2))).toEqual({ sent: 1, failed: 0 });
    expect(lms.scores.at(-1)!.body.scoreGiven).toBe(2);

    // A stored mark changed (as a regrade changes it): queueing the assignment again posts the new score.
    await db.update(attempts).set({ score: 1.5 }).where(eq(attempts.id, second));
    await enqueueAssignmentScores({ assignmentId: ids.assignment });
    expect(await deliverDueScores(later(3))).toEqual({ sent: 1, failed: 0 });
    expect(lms.scores.at(-1)!.body.scoreGiven).toBe(1.5);
  });

  it("rotates the tool's key: the key set serves the new key and the one before, and signatures use the new one", async () => {
    const [original] = (await toolJwks()).keys;
    await rotateKey();
    await rotateKey();
    const keys = (await toolJwks()).keys;
    expect(keys).toHaveLength(2);
    expect(keys.map((k) => k.kid)).not.toContain(original!.kid);
    const jwt = await signAsTool({ x: 1 }, { issuer: "me", audience: "you" });
    expect(decodeProtectedHeader(jwt).kid).toBe(keys[0]!.kid);
    await expect(jwtVerify(jwt, createLocalJWKSet({ keys: [keys[0]!] }))).resolves.toBeTruthy();
    await expect(jwtVerify(jwt, createLocalJWKSet({ keys: [keys[1]!] }))).rejects.toThrow();
  });

  it("queues and posts the grade of an attempt the deadline finished, as the server's sweep does", async () => {
    await deliverDueScores(later(10));
    const open = await attempt([1, 1]);
    await db.update(attempts).set({ status: "in_progress" }).where(eq(attempts.id, open));
    await db
      .update(assignments)
      .set({ dueAt: new Date(Date.now() - 60 * 60_000) })
      .where(eq(assignments.id, ids.assignment));
    try {
      await sweepOnce(new Date());
      const [row] = await db.select({ status: attempts.status }).from(attempts).where(eq(attempts.id, open));
      expect(row!.status).toBe("finished");
      const [owed] = await listScoreSync({ assignmentId: ids.assignment, instructorId: ids.instructor });
      expect(owed!.dueAt).not.toBeNull();
      expect(await deliverDueScores(later(11))).toEqual({ sent: 1, failed: 0 });
    } finally {
      await db.update(assignments).set({ dueAt: null }).where(eq(assignments.id, ids.assignment));
    }
  });
});
