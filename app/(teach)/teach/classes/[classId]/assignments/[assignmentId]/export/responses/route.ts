import { getAssignmentForInstructor } from "@/db/queries/assignments";
import { listAssignmentQuestions, loadResponsesForExport } from "@/db/queries/results";
import { currentUser } from "@/lib/session";
import { csvFileName, toCsv } from "@/lib/teach/csv";
import { describeValue } from "@/lib/teach/describe";
import { isUuid } from "@/lib/teach/format";

type Ctx = { params: Promise<{ classId: string; assignmentId: string }> };

const notFound = () => new Response("Not found", { status: 404 });

/** One row per student per question of the attempt the results count. */
export async function GET(_req: Request, { params }: Ctx) {
  const user = await currentUser();
  if (!user || user.role !== "instructor") return notFound();
  const { classId, assignmentId } = await params;
  if (!isUuid(classId) || !isUuid(assignmentId)) return notFound();
  const assignment = await getAssignmentForInstructor({ assignmentId, classId, instructorId: user.id });
  if (!assignment) return notFound();
  const scope = { assignmentId, classId, instructorId: user.id, policy: assignment.attemptPolicy };
  const [questions, rows] = await Promise.all([listAssignmentQuestions(scope), loadResponsesForExport(scope)]);
  const csv = toCsv(
    ["student", "email", "attempt_id", "attempt_counted", "started_at", "finished_at", "question_no", "question_id", "version", "kind", "fact_kind", "article", "prompt", "response", "correct_answer", "correct", "mark", "max_mark", "answered_at", "response_ms"],
    rows.map((r) => {
      const q = questions[r.position]!;
      return [
        r.name, r.email, r.attemptId, assignment.attemptPolicy, r.startedAt, r.finishedAt, r.position + 1, q.questionId, q.version, q.kind, q.factKind, q.articleTitle, q.prompt,
        r.answeredAt ? describeValue(q, r.response) : "", describeValue(q, q.answer), r.correct === null ? "" : r.correct ? "yes" : "no", r.score ?? 0, 1, r.answeredAt, r.responseMs,
      ];
    }),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(assignment.className, assignment.title, "responses")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
