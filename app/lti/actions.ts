"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAssignment } from "@/db/queries/assignments";
import { QUESTION_KINDS } from "@/lib/kinds";
import type { FormState } from "@/lib/form-state";
import { hiddenOr404, parseForm } from "@/server/form";
import { toolOrigin } from "@/server/lti/origin";
import { completePick, openPick, type PickResult } from "@/server/lti/pick";

// The picker in the LMS's frame. It has no Sourced session (the frame keeps
// no first-party cookie): the one-time token of the validated launch is the
// authority, and it names the instructor and the class.

export type PickState = FormState<{ returnUrl: string; jwt: string; title: string }>;

const token = z.object({ token: z.string().min(20).max(100) });

async function finish(result: PickResult, values?: PickState["values"]): Promise<PickState> {
  if (result.status === "open") redirect(`/lti/open?${new URLSearchParams({ t: result.sessionToken })}`);
  if (result.status === "error") return { status: "error", message: result.message, values };
  return { status: "ok", returnUrl: result.returnUrl, jwt: result.jwt, title: result.title };
}

const chooseSchema = z.object({ assignmentId: z.uuid({ error: "Choose an assignment." }) });

export async function chooseAssignmentAction(_prev: PickState, form: FormData): Promise<PickState> {
  const { token: t } = hiddenOr404(token, form);
  const parsed = parseForm(chooseSchema, form, "");
  if (!parsed.ok) return parsed.state;
  return finish(await completePick(t, parsed.data.assignmentId, toolOrigin(await headers())));
}

const createSchema = z.object({
  title: z.string().trim().min(1, "Give the assignment a title.").max(120, "Use at most 120 characters."),
  questionCount: z.coerce
    .number({ error: "Enter a number." })
    .int("Enter a whole number.")
    .min(1, "At least 1 question.")
    .max(100, "At most 100 questions."),
  useAllGenerated: z.stringbool().default(false),
});

/** A new assignment for the class (every article, every kind, open now, no due date), chosen at once. */
export async function createAndChooseAction(_prev: PickState, form: FormData): Promise<PickState> {
  const { token: t } = hiddenOr404(token, form);
  const parsed = parseForm(createSchema, form);
  if (!parsed.ok) return parsed.state;
  const pick = await openPick(t);
  if (!pick)
    return { status: "error", message: "This choice has expired or was already made. Open it again from your LMS." };
  const v = parsed.data;
  const created = await createAssignment({
    instructorId: pick.row.userId,
    classId: pick.klass.id,
    title: v.title,
    articleIds: null,
    kinds: [...QUESTION_KINDS],
    questionCount: v.questionCount,
    opensAt: new Date(),
    dueAt: null,
    attemptsAllowed: null,
    feedbackTiming: "immediate",
    attemptPolicy: "first",
    useAllGenerated: v.useAllGenerated,
  });
  if (created.status === "not_found") return { status: "error", message: "This class is no longer yours." };
  if (created.status === "not_enough") {
    const which = v.useAllGenerated ? "generated" : "approved";
    return {
      status: "error",
      message: `Only ${created.available} ${which} question${created.available === 1 ? "" : "s"} are available.${v.useAllGenerated ? "" : " Tick “Use all generated questions” to include drafts."}`,
      fieldErrors: { questionCount: `At most ${created.available}.` },
      values: parsed.values,
    };
  }
  return finish(await completePick(t, created.assignmentId, toolOrigin(await headers())), parsed.values);
}
