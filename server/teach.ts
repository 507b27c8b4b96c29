import "server-only";
import { notFound } from "next/navigation";
import { getAssignmentForInstructor } from "@/db/queries/assignments";
import { finishOverdueAttempts } from "@/db/queries/deadlines";
import { requireInstructor, uuidsOr404 } from "./session";

/**
 * The gate of every page and route under an assignment: an instructor, well-formed
 * ids, and an assignment in one of *their* classes; anything else is a 404.
 */
export async function requireOwnedAssignment(params: Promise<{ classId: string; assignmentId: string }>) {
  const user = await requireInstructor();
  const [classId, assignmentId] = uuidsOr404((await params).classId, (await params).assignmentId);
  const assignment = await getAssignmentForInstructor({ assignmentId, classId, instructorId: user.id });
  if (!assignment) notFound();
  // Results count the attempts the close has finished, even before the periodic sweep gets to them.
  await finishOverdueAttempts({ now: new Date(), assignmentId });
  const scope = { assignmentId, classId, instructorId: user.id };
  return { user, assignment, scope, base: `/teach/classes/${classId}/assignments/${assignmentId}` };
}

/** A CSV download that no shared cache keeps. */
export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
