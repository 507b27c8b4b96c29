"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { AssignmentClosedError, AssignmentNotOpenError, AttemptLimitError, createAttempt } from "@/db/queries/attempts";
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

const attemptsUsedUp = (n: number) => `You have used all ${n} attempt${n === 1 ? "" : "s"}.`;

/**
 * Starts (or resumes) the student's attempt. createAttempt decides on the
 * server's clock, in one transaction: not before the assignment opens, never
 * after it closes (an attempt left open is finished then, not resumed), and
 * not past the attempts allowed.
 */
export async function startAssignmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const { assignmentId } = hiddenOr404(z.object({ assignmentId: z.uuid() }), form);
  const assignment = await getAssignmentForStudent({ assignmentId, userId: user.id });
  if (!assignment) notFound();
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
      items,
    }));
  } catch (e) {
    if (e instanceof AssignmentNotOpenError) return { status: "error", message: "This assignment has not opened yet." };
    if (e instanceof AssignmentClosedError) {
      revalidatePath(`/assignments/${assignment.id}`);
      return { status: "error", message: "This assignment has closed: no more work is accepted." };
    }
    if (e instanceof AttemptLimitError) return { status: "error", message: attemptsUsedUp(e.allowed) };
    throw e;
  }
  revalidatePath(`/assignments/${assignment.id}`);
  redirect(`/quiz/${attemptId}`);
}
