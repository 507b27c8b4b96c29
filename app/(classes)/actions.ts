"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { AttemptLimitError, createAttempt } from "@/db/queries/attempts";
import { assignmentItems, getAssignmentForStudent } from "@/db/queries/assignments";
import { joinClass } from "@/db/queries/classes";
import { hiddenOr404, parseForm, type FormState } from "@/server/form";
import { requireUser } from "@/server/session";
import { normaliseJoinCode } from "@/lib/teach/join-code";

const joinSchema = z.object({
  code: z
    .string()
    .default("")
    .refine((raw) => raw.trim() !== "", "Enter the join code your instructor gave you.")
    .transform((raw, ctx) => {
      const code = normaliseJoinCode(raw);
      if (!code) ctx.addIssue({ code: "custom", message: "A join code is 6 letters and digits, like ABC 234." });
      return code ?? "";
    }),
});

export async function joinClassAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(joinSchema, form, "");
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  if (user.role !== "student") {
    return { status: "error", message: "Classes are for student accounts. Sign in as a student to join.", values };
  }
  const result = await joinClass({ joinCode: parsed.data.code, userId: user.id });
  if (result.status === "not_found") {
    return { status: "error", fieldErrors: { code: "No class has this code. Check it with your instructor." }, values };
  }
  revalidatePath("/");
  redirect(`/join?${result.status}=${encodeURIComponent(result.className ?? "")}`);
}

export async function startAssignmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const { assignmentId } = hiddenOr404(z.object({ assignmentId: z.uuid() }), form);
  const assignment = await getAssignmentForStudent({ assignmentId, userId: user.id });
  if (!assignment) notFound();
  const now = new Date();
  if (assignment.opensAt > now) return { status: "error", message: "This assignment has not opened yet." };
  const open = assignment.attempts.find((a) => a.status === "in_progress");
  if (open) redirect(`/quiz/${open.id}`);
  if (assignment.dueAt && assignment.dueAt <= now)
    return { status: "error", message: "This assignment is closed: the due date has passed." };
  if (assignment.attemptsAllowed !== null && assignment.attempts.length >= assignment.attemptsAllowed) {
    return {
      status: "error",
      message: `You have used all ${assignment.attemptsAllowed} attempt${assignment.attemptsAllowed === 1 ? "" : "s"}.`,
    };
  }
  const items = await assignmentItems(assignment.id);
  if (items.length === 0)
    return { status: "error", message: "This assignment has no questions. Tell your instructor." };
  let attemptId: string;
  try {
    ({ attemptId } = await createAttempt({
      userId: user.id,
      mode: "assignment",
      title: assignment.title,
      assignmentId: assignment.id,
      attemptsAllowed: assignment.attemptsAllowed,
      items,
    }));
  } catch (e) {
    if (e instanceof AttemptLimitError) {
      return { status: "error", message: `You have used all ${e.allowed} attempt${e.allowed === 1 ? "" : "s"}.` };
    }
    throw e;
  }
  revalidatePath(`/assignments/${assignment.id}`);
  redirect(`/quiz/${attemptId}`);
}
