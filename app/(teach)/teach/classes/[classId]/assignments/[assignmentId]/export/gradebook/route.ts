import { getAssignmentForInstructor } from "@/db/queries/assignments";
import { loadStudents } from "@/db/queries/results";
import { currentUser } from "@/lib/session";
import { csvFileName, toCsv } from "@/lib/teach/csv";
import { isUuid } from "@/lib/teach/format";

type Ctx = { params: Promise<{ classId: string; assignmentId: string }> };

const notFound = () => new Response("Not found", { status: 404 });

/** One row per enrolled student: the counted score, or why there is none. */
export async function GET(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user || user.role !== "instructor") return notFound();
  const { classId, assignmentId } = await params;
  if (!isUuid(classId) || !isUuid(assignmentId)) return notFound();
  const assignment = await getAssignmentForInstructor({ assignmentId, classId, instructorId: user.id });
  if (!assignment) return notFound();
  const students = await loadStudents({ assignmentId, classId, instructorId: user.id, policy: assignment.attemptPolicy });
  const max = assignment.questionCount;
  const csv = toCsv(
    ["student", "email", "status", "attempts", "attempt_counted", "score", "max_score", "percent", "started_at", "finished_at"],
    students.map((s) => [
      s.name, s.email, s.countedAttemptId ? "finished" : s.inProgress ? "in progress" : "not started", s.attemptsUsed, assignment.attemptPolicy,
      s.total, max, s.total === null ? null : Math.round((1000 * s.total) / max) / 10, s.startedAt, s.finishedAt,
    ]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(assignment.className, assignment.title, "gradebook")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
