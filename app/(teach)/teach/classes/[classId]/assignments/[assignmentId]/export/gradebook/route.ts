import { loadStudents } from "@/db/queries/results";
import { csvResponse, requireOwnedAssignment } from "@/server/teach";
import { csvFileName, toCsv } from "@/lib/teach/csv";

type Ctx = { params: Promise<{ classId: string; assignmentId: string }> };

/** One row per enrolled student: the counted score, or why there is none. */
export async function GET(_req: Request, { params }: Ctx) {
  const { assignment, scope } = await requireOwnedAssignment(params);
  const students = await loadStudents({ ...scope, policy: assignment.attemptPolicy });
  const max = assignment.questionCount;
  const csv = toCsv(
    [
      "student",
      "email",
      "status",
      "attempts",
      "attempt_counted",
      "score",
      "max_score",
      "percent",
      "started_at",
      "finished_at",
      "late",
    ],
    students.map((s) => [
      s.name,
      s.email,
      s.countedAttemptId ? "finished" : s.inProgress ? "in progress" : "not started",
      s.attemptsUsed,
      assignment.attemptPolicy,
      s.total,
      max,
      s.total === null ? null : Math.round((1000 * s.total) / max) / 10,
      s.startedAt,
      s.finishedAt,
      s.countedAttemptId ? (s.late ? "yes" : "no") : "",
    ]),
  );
  return csvResponse(csv, csvFileName(assignment.className, assignment.title, "gradebook"));
}
