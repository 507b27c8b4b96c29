import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { previewRegrade, type RegradePreview, type RegradeScope } from "@/db/queries/regrade";
import { getRegrade } from "@/db/queries/regrade-records";
import { listAssignmentQuestions } from "@/db/queries/results";
import { describeAnswerInline } from "@/lib/quiz/answers";
import { fmtMarks } from "@/lib/teach/format";
import { requireOwnedAssignment } from "@/server/teach";
import { regradeAction } from "../../../../../../../regrade-actions";
import { PageHeader, tableBody, tableHead, td, tdNum, th, thNum } from "../../../../../../../_components/page-header";

export const metadata: Metadata = { title: "Regrade" };

type Params = {
  params: Promise<{ classId: string; assignmentId: string; questionId: string }>;
  searchParams: Promise<{ scope?: string; done?: string; stale?: string; accepted?: string }>;
};

const students = (n: number) => `${n} student${n === 1 ? "’s" : "s’"} marks`;
const note = "rounded-lg border px-4 py-3 text-sm font-medium";
const ok = `${note} border-brand-200 bg-brand-50 text-brand-800 dark:border-brand-800 dark:bg-brand-800/30 dark:text-brand-100`;
const warn = `${note} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100`;

export default async function RegradePage({ params, searchParams }: Params) {
  const { user, assignment, scope, base } = await requireOwnedAssignment(params);
  const { questionId } = await params;
  if (!/^[\w-]{1,80}$/.test(questionId)) notFound();
  const asked = (await listAssignmentQuestions(scope)).find((q) => q.questionId === questionId);
  if (!asked) notFound();
  const sp = await searchParams;
  const regradeScope: RegradeScope = sp.scope === "everywhere" ? "everywhere" : "assignment";
  const [preview, done] = await Promise.all([
    previewRegrade({ questionId, instructorId: user.id, scope: regradeScope, assignmentId: scope.assignmentId }),
    sp.done && /^[0-9a-f-]{36}$/i.test(sp.done)
      ? getRegrade({ regradeId: sp.done, questionId, instructorId: user.id })
      : Promise.resolve(null),
  ]);
  if (!preview) notFound();
  const { summary, question } = preview;
  const label = `Q${asked.position + 1}`;

  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/classes/${scope.classId}`, label: assignment.className },
          { href: base, label: assignment.title },
        ]}
        eyebrow={`Regrade ${label}`}
        title={question.prompt}
      />
      <div className="space-y-3">
        {sp.accepted && (
          <p role="status" className={ok}>
            “{sp.accepted}” is now an accepted answer (version {question.targetVersion}). The answers already given were
            marked against the old key: below is what a regrade changes.
          </p>
        )}
        {sp.stale && (
          <p role="status" className={warn}>
            The question was changed again since you checked. Nothing was regraded: check the figures below and regrade
            again.
          </p>
        )}
        {done && (
          <p role="status" className={ok}>
            Regraded on <LocalTime date={done.createdAt} />: {students(done.changedStudents)} changed (
            {done.changedAnswers} of {done.answers} answers).{" "}
            <Link href={base} className="underline">
              Back to the results
            </Link>
          </p>
        )}
      </div>

      <section aria-labelledby="key-heading" className="card mt-6 p-5 text-sm">
        <h2 id="key-heading" className="text-lg font-semibold">
          The key
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">This assignment asked version {asked.version}:</dt>
          <dd>{describeAnswerInline(asked, asked.answer)}</dd>
          <dt className="font-medium">The current version is {question.targetVersion}:</dt>
          <dd>
            {describeAnswerInline(question.target, question.target.answer)}
            {question.target.kind === "cloze" && question.target.accept?.length ? (
              <span className="text-stone-600 dark:text-stone-400">
                {" "}
                (also accepted: {question.target.accept.filter((a) => a !== question.target.answer).join(", ")})
              </span>
            ) : null}
          </dd>
        </dl>
        <p className="mt-3 text-stone-700 dark:text-stone-300">
          A regrade marks every stored answer to this question again against version {question.targetVersion}, with the
          same marking as the quiz, and recomputes each attempt’s score; the results follow. Each student whose mark
          changes sees “regraded on this date: was X, now Y” beside the attempt.
        </p>
      </section>

      <form method="get" className="mt-6 flex flex-wrap items-end gap-4">
        <fieldset>
          <legend className="field-label">Which answers</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="assignment" defaultChecked={regradeScope === "assignment"} />
              This assignment only
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="everywhere" defaultChecked={regradeScope === "everywhere"} />
              Everywhere: all your assignments, and students’ practice and review quizzes
            </label>
          </div>
        </fieldset>
        <button type="submit" className="btn-secondary">
          Check what would change
        </button>
      </form>

      <section aria-labelledby="dry-heading" className="mt-6">
        <h2 id="dry-heading" className="text-xl font-semibold">
          What a regrade would change
        </h2>
        {summary.answers === 0 ? (
          <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
            Nothing to regrade: every answer {regradeScope === "assignment" ? "in this assignment" : "you can regrade"}{" "}
            is already marked against version {question.targetVersion}.
          </p>
        ) : (
          <>
            <p className="mt-2 text-lg">
              This would change <strong>{students(summary.changedStudents)}</strong> ({summary.changedAnswers} of{" "}
              {summary.answers} answers, marked against version{preview.fromVersions.length > 1 ? "s" : ""}{" "}
              {preview.fromVersions.join(", ")}).
            </p>
            <RegradeDetail preview={preview} />
            <form action={regradeAction} className="mt-4">
              <input type="hidden" name="classId" value={scope.classId} />
              <input type="hidden" name="assignmentId" value={scope.assignmentId} />
              <input type="hidden" name="questionId" value={questionId} />
              <input type="hidden" name="scope" value={regradeScope} />
              <input type="hidden" name="version" value={question.targetVersion} />
              <button type="submit" className="btn-primary">
                Regrade {summary.answers} answer{summary.answers === 1 ? "" : "s"}
              </button>
            </form>
          </>
        )}
        {preview.skippedVersions.length > 0 && (
          <p className="mt-3 text-sm text-amber-900 dark:text-amber-200">
            Left as they are:{" "}
            {preview.skippedVersions.map((v) => `${v.answers} answers to version ${v.version}`).join(", ")}, whose
            options differ from version {question.targetVersion}, so their answers cannot be read against it.
          </p>
        )}
      </section>
    </div>
  );
}

function RegradeDetail({ preview }: { preview: RegradePreview }) {
  if (preview.changes.length > 0)
    return (
      <div className="card mt-4 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Attempts whose score would change</caption>
          <thead className={tableHead}>
            <tr>
              <th scope="col" className={th}>
                Student
              </th>
              <th scope="col" className={th}>
                Attempt
              </th>
              <th scope="col" className={thNum}>
                Score now
              </th>
              <th scope="col" className={thNum}>
                After the regrade
              </th>
            </tr>
          </thead>
          <tbody className={tableBody}>
            {preview.changes.map((c, i) => (
              <tr key={i}>
                <th scope="row" className={`${td} font-medium`}>
                  {c.name}
                </th>
                <td className={td}>{c.finished ? "finished" : "in progress"}</td>
                <td className={tdNum}>{fmtMarks(c.oldScore)}</td>
                <td className={`${tdNum} font-semibold`}>{fmtMarks(c.newScore)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  if (preview.places.length === 0) return null;
  return (
    <ul className="mt-3 list-disc pl-6 text-sm">
      {preview.places.map((p) => (
        <li key={p.place}>
          {p.place}: {students(p.changedStudents)} ({p.changedAnswers} answers)
        </li>
      ))}
    </ul>
  );
}
