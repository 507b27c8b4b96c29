"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getAssignmentForInstructor } from "@/db/queries/assignments";
import { applyRegrade } from "@/db/queries/regrade";
import { deliverScoresSoon } from "@/server/lti/grades";
import { acceptAlternative } from "@/db/queries/regrade-records";
import { listAssignmentQuestions } from "@/db/queries/results";
import { isTyped } from "@/lib/teach/typed-answers";
import { hiddenOr404 } from "@/server/form";
import { requireInstructor } from "@/server/session";

// Regrading after a key is fixed, and accepting a typed answer from the results page. Both act on
// one assignment of the signed-in instructor's; anything else is a 404.

const uuid = z.uuid();
const questionId = z.string().regex(/^[\w-]{1,80}$/);
const target = { classId: uuid, assignmentId: uuid, questionId };

/** The assignment is the instructor's and asks this question; its page path. */
async function ownedQuestion(v: { classId: string; assignmentId: string; questionId: string }, instructorId: string) {
  const scope = { classId: v.classId, assignmentId: v.assignmentId, instructorId };
  if (!(await getAssignmentForInstructor(scope))) notFound();
  const q = (await listAssignmentQuestions(scope)).find((x) => x.questionId === v.questionId);
  if (!q) notFound();
  return { q, base: `/teach/classes/${v.classId}/assignments/${v.assignmentId}` };
}

const regradeSchema = z.object({
  ...target,
  scope: z.enum(["assignment", "everywhere"]),
  version: z.coerce.number().int().positive(),
});

export async function regradeAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const v = hiddenOr404(regradeSchema, form);
  const { base } = await ownedQuestion(v, user.id);
  const out = await applyRegrade({
    questionId: v.questionId,
    instructorId: user.id,
    scope: v.scope,
    assignmentId: v.assignmentId,
    expectedVersion: v.version,
  });
  if (out.status === "not_found") notFound();
  const page = `${base}/regrade/${v.questionId}`;
  if (out.status === "stale") redirect(`${page}?scope=${v.scope}&stale=1`);
  // The regrade queued the corrected scores for any LMS holding them; post them now.
  deliverScoresSoon();
  revalidatePath(base);
  redirect(`${page}?scope=${v.scope}&done=${out.regradeId}`);
}

const acceptSchema = z.object({ ...target, response: z.string().trim().min(1).max(200) });

export async function acceptAlternativeAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const v = hiddenOr404(acceptSchema, form);
  const { q, base } = await ownedQuestion(v, user.id);
  if (!isTyped(q)) notFound();
  const version = await acceptAlternative({ questionId: v.questionId, userId: user.id, alternative: v.response });
  if (version === null) notFound();
  revalidatePath(base);
  redirect(`${base}/regrade/${v.questionId}?accepted=${encodeURIComponent(v.response)}`);
}
