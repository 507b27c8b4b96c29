"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { QUESTION_KINDS, REPORT_REASONS } from "@/lib/kinds";
import { submitAnswer } from "@/db/queries/answers";
import type { AttemptItemView } from "@/db/queries/attempt-view";
import { createAttempt, finishAttempt, listQuizCandidates } from "@/db/queries/attempts";
import { deliverScoresSoon } from "@/server/lti/grades";
import { listArticleChoices } from "@/db/queries/reader";
import { listDueFacts } from "@/db/queries/reviews";
import { reportQuestion } from "@/db/queries/reports";
import { assembleQuiz, QUIZ_LENGTHS } from "@/lib/learn/assemble";
import { pickReviewQuestions, REVIEW_LENGTH } from "@/lib/learn/review";
import { parseForm, type FormState } from "@/server/form";
import { requireUser, uuidsOr404 } from "@/server/session";

const practiceSchema = z
  .object({
    scope: z.enum(["all", "some"]).default("all"),
    articleIds: z.array(z.uuid()).max(200),
    length: z.coerce
      .number()
      .default(10)
      .refine((n) => (QUIZ_LENGTHS as readonly number[]).includes(n), "Choose a quiz length."),
    kinds: z.array(z.enum(QUESTION_KINDS)).min(1, "Choose at least one kind of question."),
  })
  .refine((v) => v.scope === "all" || v.articleIds.length > 0, {
    path: ["articleIds"],
    message: "Choose at least one article, or quiz on all of them.",
  });

export async function startPracticeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(practiceSchema, form, "Check the choices below.");
  if (!parsed.ok) return parsed.state;
  const { scope, articleIds, length, kinds } = parsed.data;
  const chosen = scope === "all" ? null : articleIds;
  const candidates = await listQuizCandidates({ articleIds: chosen, kinds, userId: user.id });
  const picked = assembleQuiz(candidates, length);
  if (picked.length === 0) {
    return {
      status: "error",
      message: "There are no questions of those kinds in those articles yet. Try more kinds or other articles.",
    };
  }
  let title = "All articles";
  if (chosen) {
    const titles = (await listArticleChoices()).filter((a) => chosen.includes(a.id)).map((a) => a.title);
    title = titles.length === 1 ? titles[0]! : `${titles.length} articles`;
  }
  const { attemptId } = await createAttempt({
    userId: user.id,
    mode: "practice",
    title,
    articleIds: chosen,
    kinds,
    items: picked.map((p) => ({ questionId: p.questionId, version: p.version })),
  });
  redirect(`/quiz/${attemptId}`);
}

export async function startReviewAction(_prev: FormState, _form: FormData): Promise<FormState> {
  const user = await requireUser();
  const due = await listDueFacts(user.id, new Date(), REVIEW_LENGTH);
  const picked = pickReviewQuestions(due);
  if (picked.length === 0) return { status: "error", message: "Nothing is due for review right now." };
  const { attemptId } = await createAttempt({
    userId: user.id,
    mode: "review",
    title: `Review: ${picked.length} ${picked.length === 1 ? "fact" : "facts"}`,
    items: picked.map((p) => ({ questionId: p.questionId, version: p.version })),
  });
  redirect(`/quiz/${attemptId}`);
}

const answerSchema = z.object({
  attemptId: z.uuid(),
  position: z.number().int().min(0).max(1000),
  response: z.union([
    z.string().max(500),
    z.boolean(),
    z.array(z.string().max(100)).max(50),
    z.record(z.string().max(100), z.string().max(100)),
  ]),
  responseMs: z.number().nullable(),
});

export type AnswerState =
  { status: "ok"; item: AttemptItemView } | { status: "error"; message: string; finished?: boolean };

/** Grades one answer on the server. Sending the same answer again is harmless: it is stored once. */
export async function submitAnswerAction(input: z.input<typeof answerSchema>): Promise<AnswerState> {
  const user = await requireUser();
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return { status: "error", message: "That answer could not be read. Choose again and resubmit." };
  const result = await submitAnswer({ ...parsed.data, userId: user.id });
  if (result.status === "not_found") return { status: "error", message: "This question is not part of your quiz." };
  if (result.status === "finished")
    return { status: "error", message: "This quiz is already finished.", finished: true };
  if (result.status === "closed")
    return {
      status: "error",
      message: "This assignment has closed, so that answer was not saved. Your answers up to the close were submitted.",
      finished: true,
    };
  return { status: "ok", item: result.item };
}

export async function finishAttemptAction(attemptId: string): Promise<void> {
  const user = await requireUser();
  const [id] = uuidsOr404(attemptId);
  const finished = await finishAttempt({ attemptId: id, userId: user.id });
  // An assignment opened from an LMS owes it the score (queued with the finish, posted after the response).
  if (finished?.assignmentId) deliverScoresSoon();
  redirect(`/quiz/${id}`);
}

const reportSchema = z.object({
  attemptId: z.uuid("This question is not part of your quiz, so it cannot be reported from here."),
  position: z.coerce.number().int().min(0).max(1000),
  reason: z.enum(REPORT_REASONS, { error: "Choose what is wrong with the question." }),
  comment: z
    .string()
    .trim()
    .max(1000, "Use at most 1,000 characters.")
    .optional()
    .transform((c) => c || null),
});

const REPORT_REFUSED = {
  duplicate: "You have already reported this version of the question. Your instructor will look at it.",
  not_in_attempt: "This question is not part of your quiz, so it cannot be reported from here.",
} as const;

/**
 * A student's report of the question they just answered. Its version is read
 * from their own attempt (db/queries/reports.ts), and the unique index lets a
 * student report a version once, which is also what bounds how many reports
 * one account can write: no separate rate limit is needed.
 */
export async function reportQuestionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(reportSchema, form, "Check the report below.");
  if (!parsed.ok) return parsed.state;
  const result = await reportQuestion({ ...parsed.data, userId: user.id });
  if (result.status !== "ok") return { status: "error", message: REPORT_REFUSED[result.status], values: parsed.values };
  return {
    status: "ok",
    message:
      "Thank you: your instructor will look at this question. It stays out of your practice and review until then.",
  };
}
