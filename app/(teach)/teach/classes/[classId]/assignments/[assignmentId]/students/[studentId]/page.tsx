import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { getStudentAnswers, listAssignmentQuestions } from "@/db/queries/results";
import { uuidsOr404 } from "@/server/session";
import { requireOwnedAssignment } from "@/server/teach";
import { describeAnswerInline } from "@/lib/quiz/answers";
import { fmtMarks } from "@/lib/teach/format";
import { LateBadge } from "../../../../../../../_components/results/late-badge";
import {
  EmptyState,
  PageHeader,
  tableBody,
  tableHead,
  td,
  tdNum,
  th,
  thNum,
} from "../../../../../../../_components/page-header";

export const metadata: Metadata = { title: "Student answers" };

type Params = { params: Promise<{ classId: string; assignmentId: string; studentId: string }> };

export default async function StudentAnswersPage({ params }: Params) {
  const { assignment, scope, base } = await requireOwnedAssignment(params);
  const [studentId] = uuidsOr404((await params).studentId);
  const [detail, questions] = await Promise.all([
    getStudentAnswers({ ...scope, studentId }),
    listAssignmentQuestions(scope),
  ]);
  if (!detail) notFound();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/classes/${scope.classId}`, label: assignment.className },
          { href: base, label: assignment.title },
        ]}
        eyebrow={`${assignment.title} · every attempt and answer`}
        title={detail.student.name}
      >
        {detail.student.email}
      </PageHeader>
      {detail.attempts.length === 0 && (
        <EmptyState title="No attempts yet">This student has not started the assignment.</EmptyState>
      )}
      <div className="space-y-8">
        {detail.attempts.map((a, i) => {
          const total = a.answers.reduce((s, x) => s + (x.score ?? 0), 0);
          return (
            <section key={a.id} aria-labelledby={`attempt-${i}`} className="card overflow-hidden">
              <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-200 px-4 py-3 dark:border-stone-800">
                <h2 id={`attempt-${i}`} className="text-lg font-semibold">
                  Attempt {i + 1}
                  <span className="ml-2 text-sm font-normal text-stone-600 dark:text-stone-400">
                    {a.status === "finished"
                      ? a.autoFinished
                        ? "finished by the server when the assignment closed"
                        : "finished"
                      : "in progress"}
                  </span>
                  {a.late && <LateBadge />}
                </h2>
                <p className="text-sm text-stone-700 tabular-nums dark:text-stone-300">
                  Started <LocalTime date={a.startedAt} />
                  {a.finishedAt && (
                    <>
                      {" "}
                      · finished <LocalTime date={a.finishedAt} />
                    </>
                  )}{" "}
                  ·{" "}
                  <strong>
                    {fmtMarks(total)} / {questions.length}
                  </strong>
                </p>
              </header>
              <div className="overflow-x-auto">
                <table className="w-full text-sm">
                  <caption className="sr-only">Answers in attempt {i + 1}</caption>
                  <thead className={tableHead}>
                    <tr>
                      <th scope="col" className={thNum}>
                        #
                      </th>
                      <th scope="col" className={th}>
                        Question
                      </th>
                      <th scope="col" className={th}>
                        Answer given
                      </th>
                      <th scope="col" className={th}>
                        Correct answer
                      </th>
                      <th scope="col" className={thNum}>
                        Mark
                      </th>
                    </tr>
                  </thead>
                  <tbody className={tableBody}>
                    {a.answers.map((ans) => {
                      const q = questions[ans.position];
                      if (!q) return null;
                      return (
                        <tr key={ans.position}>
                          <td className={tdNum}>{ans.position + 1}</td>
                          <th scope="row" className={`${td} max-w-sm font-normal`}>
                            {q.prompt}
                          </th>
                          <td className={td}>
                            {ans.answeredAt ? (
                              <span
                                className={
                                  ans.correct
                                    ? "text-emerald-800 dark:text-emerald-300"
                                    : "text-red-800 dark:text-red-300"
                                }
                              >
                                {ans.correct ? "✓ " : "✗ "}
                                {describeAnswerInline(q, ans.response) || "—"}
                              </span>
                            ) : (
                              <span className="text-stone-600 dark:text-stone-400">Not answered</span>
                            )}
                          </td>
                          <td className={td}>{describeAnswerInline(q, q.answer)}</td>
                          <td className={tdNum}>{ans.answeredAt ? fmtMarks(ans.score) : "—"}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}
