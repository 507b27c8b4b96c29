import { listAssignmentQuestions, loadResponsesForExport } from "@/db/queries/results";
import { csvResponse, requireOwnedAssignment } from "@/server/teach";
import { csvFileName, toCsv } from "@/lib/teach/csv";
import { describeAnswerInline } from "@/lib/quiz/answers";

type Ctx = { params: Promise<{ classId: string; assignmentId: string }> };

/** One row per student per question of the attempt the results count. */
export async function GET(_req: Request, { params }: Ctx) {
  const { assignment, scope } = await requireOwnedAssignment(params);
  const [questions, rows] = await Promise.all([
    listAssignmentQuestions(scope),
    loadResponsesForExport({ ...scope, policy: assignment.attemptPolicy }),
  ]);
  const csv = toCsv(
    [
      "student",
      "email",
      "attempt_id",
      "attempt_counted",
      "started_at",
      "finished_at",
      "late",
      "question_no",
      "question_id",
      "version",
      "kind",
      "fact_kind",
      "article",
      "prompt",
      "response",
      "correct_answer",
      "correct",
      "mark",
      "max_mark",
      "answered_at",
      "response_ms",
    ],
    rows.map((r) => {
      const q = questions[r.position]!;
      return [
        r.name,
        r.email,
        r.attemptId,
        assignment.attemptPolicy,
        r.startedAt,
        r.finishedAt,
        r.late ? "yes" : "no",
        r.position + 1,
        q.questionId,
        q.version,
        q.kind,
        q.factKind,
        q.articleTitle,
        q.prompt,
        r.answeredAt ? describeAnswerInline(q, r.response) : "",
        describeAnswerInline(q, q.answer),
        r.correct === null ? "" : r.correct ? "yes" : "no",
        r.score ?? 0,
        1,
        r.answeredAt,
        r.responseMs,
      ];
    }),
  );
  return csvResponse(csv, csvFileName(assignment.className, assignment.title, "responses"));
}
