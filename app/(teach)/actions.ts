"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { createAssignment, setAttemptPolicy } from "@/db/queries/assignments";
import { createClass, getClassForInstructor, removeStudent } from "@/db/queries/classes";
import { QUESTION_KINDS } from "@/lib/kinds";
import { ATTEMPT_POLICIES } from "@/lib/teach/attempt-policy";
import { GRACE_CHOICES } from "@/lib/teach/deadline";
import { hiddenOr404, parseForm, type FormState } from "@/server/form";
import { requireInstructor } from "@/server/session";

// Classes and assignments. Question curation and adding articles: content-actions.ts.

const uuid = z.uuid();

const classSchema = z.object({
  name: z.string().trim().min(1, "Give the class a name.").max(100, "Use at most 100 characters."),
});

export async function createClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireInstructor();
  const parsed = parseForm(classSchema, form, "");
  if (!parsed.ok) return parsed.state;
  const created = await createClass({ instructorId: user.id, name: parsed.data.name });
  revalidatePath("/teach");
  redirect(`/teach/classes/${created.id}`);
}

export async function removeStudentAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const { classId, userId } = hiddenOr404(z.object({ classId: uuid, userId: uuid }), form);
  await removeStudent({ classId, userId, instructorId: user.id });
  revalidatePath(`/teach/classes/${classId}`);
}

/** A datetime-local value in the instructor's zone; `offset` is the browser's getTimezoneOffset() in minutes. */
function localToDate(value: string, offset: number): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const utc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) + offset * 60_000;
  return Number.isFinite(utc) ? new Date(utc) : null;
}

const assignmentSchema = z
  .object({
    classId: uuid,
    title: z.string().trim().min(1, "Give the assignment a title.").max(120, "Use at most 120 characters."),
    scope: z.enum(["all", "some"]).default("all"),
    articleIds: z.array(uuid),
    kinds: z.array(z.enum(QUESTION_KINDS)).min(1, "Choose at least one kind of question."),
    questionCount: z.coerce
      .number({ error: "Enter a number." })
      .int("Enter a whole number.")
      .min(1, "At least 1 question.")
      .max(100, "At most 100 questions."),
    // Empty: open now.
    opensAt: z.string().default(""),
    dueAt: z.string().default(""),
    graceMinutes: z.coerce
      .number()
      .refine((m) => (GRACE_CHOICES as readonly number[]).includes(m))
      .catch(0),
    lateUntil: z.string().default(""),
    tzOffset: z.coerce.number().int().min(-900).max(900).catch(0),
    attemptsAllowed: z
      .string()
      .regex(/^(|[1-9]|1[0-9]|20)$/, "Choose 1 to 20 attempts, or unlimited.")
      .default(""),
    feedbackTiming: z.enum(["immediate", "after_due"]).default("immediate"),
    attemptPolicy: z.enum(ATTEMPT_POLICIES).default("first"),
    useAllGenerated: z.stringbool().default(false),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.scope === "some" && v.articleIds.length === 0)
      issue("articleIds", "Choose at least one article, or all articles.");
    const opens = v.opensAt ? localToDate(v.opensAt, v.tzOffset) : new Date();
    if (!opens) issue("opensAt", "Enter a date and time.");
    const due = v.dueAt ? localToDate(v.dueAt, v.tzOffset) : null;
    if (v.dueAt) {
      if (!due) issue("dueAt", "Enter a date and time.");
      else if (opens && due <= opens) issue("dueAt", "The due date must be after the opening date.");
      else if (due <= new Date()) issue("dueAt", "The due date is in the past.");
    }
    if (v.lateUntil) {
      const late = localToDate(v.lateUntil, v.tzOffset);
      if (!v.dueAt) issue("lateUntil", "Late work needs a due date.");
      else if (!late) issue("lateUntil", "Enter a date and time.");
      else if (due && late <= due) issue("lateUntil", "Late work must be accepted until after the due date.");
    }
    if (v.feedbackTiming === "after_due" && !v.dueAt)
      issue("feedbackTiming", "Feedback after the due date needs a due date.");
  });

function notEnoughMessage(available: number, useAllGenerated: boolean): string {
  const which = useAllGenerated ? "generated" : "approved";
  if (available > 0)
    return `Only ${available} ${which} question${available === 1 ? "" : "s"} match these articles and kinds.`;
  const hint = useAllGenerated ? "" : " Approve some in the content library, or tick “Use all generated questions”.";
  return `No ${which} questions match these articles and kinds.${hint}`;
}

export async function createAssignmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireInstructor();
  const parsed = parseForm(assignmentSchema, form);
  if (!parsed.ok) return parsed.state;
  const v = parsed.data;
  if (!(await getClassForInstructor({ classId: v.classId, instructorId: user.id }))) notFound();
  const result = await createAssignment({
    instructorId: user.id,
    classId: v.classId,
    title: v.title,
    articleIds: v.scope === "all" ? null : v.articleIds,
    kinds: v.kinds,
    questionCount: v.questionCount,
    opensAt: (v.opensAt && localToDate(v.opensAt, v.tzOffset)) || new Date(),
    dueAt: v.dueAt ? localToDate(v.dueAt, v.tzOffset) : null,
    graceMinutes: v.dueAt ? v.graceMinutes : 0,
    lateUntil: v.dueAt && v.lateUntil ? localToDate(v.lateUntil, v.tzOffset) : null,
    attemptsAllowed: v.attemptsAllowed ? Number(v.attemptsAllowed) : null,
    feedbackTiming: v.feedbackTiming,
    attemptPolicy: v.attemptPolicy,
    useAllGenerated: v.useAllGenerated,
  });
  if (result.status === "not_found") notFound();
  if (result.status === "not_enough") {
    return {
      status: "error",
      message: notEnoughMessage(result.available, v.useAllGenerated),
      fieldErrors: { questionCount: `At most ${result.available} with these choices.` },
      values: parsed.values,
    };
  }
  revalidatePath(`/teach/classes/${v.classId}`);
  redirect(`/teach/classes/${v.classId}?created=${result.assignmentId}`);
}

const policySchema = z.object({ classId: uuid, assignmentId: uuid, policy: z.enum(ATTEMPT_POLICIES) });

export async function setPolicyAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const { classId, assignmentId, policy } = hiddenOr404(policySchema, form);
  if (!(await setAttemptPolicy({ assignmentId, instructorId: user.id, policy }))) notFound();
  const path = `/teach/classes/${classId}/assignments/${assignmentId}`;
  revalidatePath(path);
  redirect(path);
}
