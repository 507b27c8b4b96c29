import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { getAssignmentForInstructor } from "@/db/queries/assignments";
import { getAssignmentResults } from "@/db/queries/results";
import { requireInstructor } from "@/lib/session";
import { POLICY_LABEL, POLICY_RULE } from "@/lib/teach/attempt-policy";
import { fmtMarks, fmtNum, fmtPct, isUuid, KIND_LABEL } from "@/lib/teach/format";
import { setPolicyAction } from "../../../../../actions";
import { MasteryHeatmap } from "../../../../../_components/mastery-heatmap";
import { PageHeader, Stat, tableBody, tableHead, td, tdNum, th, thNum } from "../../../../../_components/page-header";
import { ScoreHistogram } from "../../../../../_components/score-histogram";

export const metadata: Metadata = { title: "Class results" };

type Params = { params: Promise<{ classId: string; assignmentId: string }>; searchParams: Promise<{ page?: string }> };

const PAGE_SIZE = 50;

const FLAG_LABEL: Record<string, string> = {
  negative_discrimination: "Negative discrimination",
  low_discriminative_efficiency: "Low discriminative efficiency",
  too_hard: "Too hard",
  too_easy: "Too easy",
  unused_distractor: "Distractor nobody picks",
};

export default async function ResultsPage({ params, searchParams }: Params) {
  const user = await requireInstructor();
  const { classId, assignmentId } = await params;
  if (!isUuid(classId) || !isUuid(assignmentId)) notFound();
  const assignment = await getAssignmentForInstructor({ assignmentId, classId, instructorId: user.id });
  if (!assignment) notFound();
  const policy = assignment.attemptPolicy;
  const results = await getAssignmentResults({ assignmentId, classId, instructorId: user.id, policy });
  const { analysis, questions, students } = results;
  const { summary, reliability } = analysis;
  const k = questions.length;
  const base = `/teach/classes/${classId}/assignments/${assignmentId}`;
  // Plain links, not <Link>: a full load lets the browser scroll to the question and highlight it (:target).
  const curationHref = (q: (typeof questions)[number]) => `/teach/content/${q.articleSlug}#q-${q.questionId}`;
  const flagged = analysis.items.filter((it) => it.flags.length > 0);
  const articles = [...new Map(questions.map((q) => [q.articleId, { id: q.articleId, title: q.articleTitle }])).values()];
  const pctOfMax = (v: number | null) => (v === null || k === 0 ? null : (100 * v) / k);
  const pages = Math.max(1, Math.ceil(students.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const shown = students.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/classes/${classId}`, label: assignment.className },
        ]}
        eyebrow="Class results"
        title={assignment.title}
        actions={
          <>
            <a href={`${base}/export/responses`} className="btn-secondary" download>
              Download responses (CSV)
            </a>
            <a href={`${base}/export/gradebook`} className="btn-secondary" download>
              Download gradebook (CSV)
            </a>
          </>
        }
      >
        <p className="text-sm">
          {k} questions · opened <LocalTime date={assignment.opensAt} />
          {assignment.dueAt ? (
            <>
              {" "}· due <LocalTime date={assignment.dueAt} />
            </>
          ) : (
            " · no due date"
          )}{" "}
          · {assignment.attemptsAllowed ?? "unlimited"} attempt{assignment.attemptsAllowed === 1 ? "" : "s"} allowed · feedback{" "}
          {assignment.feedbackTiming === "immediate" ? "straight after each answer" : "after the due date"}
        </p>
      </PageHeader>

      <section aria-labelledby="method-heading" className="mb-8 rounded-xl border border-stone-200 bg-white p-4 text-sm dark:border-stone-800 dark:bg-stone-900">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="max-w-prose">
            <h2 id="method-heading" className="font-semibold">
              How these numbers are computed
            </h2>
            <p className="mt-1 text-stone-700 dark:text-stone-300">
              Counting <strong>{POLICY_LABEL[policy].toLowerCase()}</strong>: {POLICY_RULE[policy]}. Statistics follow Moodle’s quiz
              statistics report (facility, SD, random guess score, discrimination index, discriminative efficiency, Cronbach’s alpha,
              error ratio and standard error); see{" "}
              <Link href="/teach/statistics" className="font-medium text-brand-700 underline dark:text-brand-200">
                the formulas
              </Link>
              . Each question is worth 1 mark; matching and ordering give partial credit.
            </p>
          </div>
          <form action={setPolicyAction} className="flex items-end gap-2">
            <input type="hidden" name="classId" value={classId} />
            <input type="hidden" name="assignmentId" value={assignmentId} />
            <div>
              <label htmlFor="policy" className="field-label">
                Attempt that counts
              </label>
              <select id="policy" name="policy" defaultValue={policy} className="field-input py-2">
                <option value="first">First attempt</option>
                <option value="best">Best attempt</option>
                <option value="last">Last attempt</option>
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              Apply
            </button>
          </form>
        </div>
      </section>

      {analysis.warnings.length > 0 && (
        <ul className="mb-8 space-y-2">
          {analysis.warnings.map((w) => (
            <li
              key={w.code}
              className={`rounded-lg border px-4 py-2.5 text-sm ${
                w.level === "warning"
                  ? "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
                  : "border-sky-200 bg-sky-50 text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100"
              }`}
            >
              <span className="font-semibold">{w.level === "warning" ? "Small sample: " : "Note: "}</span>
              {w.text}
            </li>
          ))}
        </ul>
      )}

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-xl font-semibold">
          Scores
        </h2>
        <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_22rem]">
          <div className="card p-4">
            <ScoreHistogram bins={summary.histogram} maxScore={summary.maxScore} title={`Score distribution for ${assignment.title}`} />
          </div>
          <dl className="grid grid-cols-2 content-start gap-3">
            <Stat label="Completed" value={`${summary.n} / ${summary.assigned ?? 0}`} hint={fmtPct(summary.completionRate, 0)} />
            <Stat label="Mean" value={fmtMarks(summary.mean === null ? null : Number(summary.mean.toFixed(2)))} hint={fmtPct(pctOfMax(summary.mean))} />
            <Stat label="Median" value={fmtMarks(summary.median)} hint={fmtPct(pctOfMax(summary.median))} />
            <Stat label="Standard deviation" value={fmtNum(summary.sd)} hint={fmtPct(pctOfMax(summary.sd))} />
            <Stat label="Cronbach’s alpha (CIC)" value={fmtPct(reliability.cic)} />
            <Stat label="Error ratio" value={fmtPct(reliability.errorRatio)} hint={`Standard error ${fmtNum(reliability.standardError)} marks`} />
          </dl>
        </div>
      </section>

      <section aria-labelledby="review-heading" className="mt-12">
        <h2 id="review-heading" className="text-xl font-semibold">
          Questions to review <span className="text-base font-normal text-stone-600 tabular-nums dark:text-stone-400">({flagged.length})</span>
        </h2>
        {flagged.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">No question is flagged{summary.n < 10 ? " yet" : ""}.</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {flagged.map((it) => {
              const q = questions[it.position]!;
              return (
                <li key={it.position} className="card p-4">
                  <div className="flex items-baseline gap-4">
                    <p className="min-w-0 flex-1 font-medium">
                      Q{it.position + 1}. {q.prompt}
                    </p>
                    <a href={curationHref(q)} className="shrink-0 text-sm font-semibold whitespace-nowrap text-brand-700 hover:underline dark:text-brand-200">
                      Fix Q{it.position + 1} at its source →
                    </a>
                  </div>
                  <blockquote className="mt-2 border-l-4 border-amber-300 pl-3 text-sm text-stone-700 dark:text-stone-300">
                    <span className="font-semibold">Source, {q.articleTitle}:</span> {q.sourceSentence}
                  </blockquote>
                  <ul className="mt-2 space-y-1 text-sm">
                    {it.flags.map((f) => (
                      <li key={f.code}>
                        <span className="mr-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">
                          {FLAG_LABEL[f.code]}
                        </span>
                        {f.text}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="items-heading" className="mt-12">
        <h2 id="items-heading" className="text-xl font-semibold">
          Item analysis
        </h2>
        <div className="card mt-4 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Statistics per question</caption>
            <thead className={tableHead}>
              <tr>
                <th scope="col" className={thNum}>#</th>
                <th scope="col" className={th}>Question</th>
                <th scope="col" className={thNum}>Answers</th>
                <th scope="col" className={thNum}><abbr title="Facility index: mean mark as % of the maximum">Facility</abbr></th>
                <th scope="col" className={thNum}><abbr title="Standard deviation of the mark, % of the maximum">SD</abbr></th>
                <th scope="col" className={thNum}><abbr title="Expected score of a blind guess">Random guess</abbr></th>
                <th scope="col" className={thNum}><abbr title="Discrimination index: correlation with the rest of the test">DI</abbr></th>
                <th scope="col" className={thNum}><abbr title="Discriminative efficiency: DI as a share of the most the score distributions allow">DE</abbr></th>
                <th scope="col" className={th}>Flags</th>
              </tr>
            </thead>
            <tbody className={tableBody}>
              {analysis.items.map((it) => {
                const q = questions[it.position]!;
                return (
                  <tr key={it.position}>
                    <td className={tdNum}>{it.position + 1}</td>
                    <th scope="row" className={`${td} max-w-md text-left font-normal`}>
                      <a href={`#q${it.position + 1}`} className="font-medium text-brand-700 hover:underline dark:text-brand-200">
                        {q.prompt.length > 90 ? `${q.prompt.slice(0, 88)}…` : q.prompt}
                      </a>
                      <span className="block text-xs text-stone-600 dark:text-stone-400">
                        {KIND_LABEL[q.kind]} · {q.factKind}
                        {q.version !== q.currentVersion ? ` · version ${q.version} (a newer version exists)` : ""}
                      </span>
                    </th>
                    <td className={tdNum}>{it.stats.n}</td>
                    <td className={tdNum}>{fmtPct(it.stats.facility)}</td>
                    <td className={tdNum}>{fmtPct(it.stats.sd)}</td>
                    <td className={tdNum}>{fmtPct(it.randomGuess)}</td>
                    <td className={`${tdNum} ${it.stats.discriminationIndex !== null && it.stats.discriminationIndex < 0 ? "font-semibold text-red-700 dark:text-red-400" : ""}`}>
                      {fmtPct(it.stats.discriminationIndex)}
                    </td>
                    <td className={`${tdNum} ${it.stats.discriminativeEfficiency !== null && it.stats.discriminativeEfficiency < 15 ? "font-semibold text-amber-800 dark:text-amber-300" : ""}`}>
                      {fmtPct(it.stats.discriminativeEfficiency)}
                    </td>
                    <td className={td}>
                      {it.flags.length === 0 ? (
                        <span className="text-stone-500 dark:text-stone-400">—</span>
                      ) : (
                        <a href={curationHref(q)} className="text-xs font-semibold text-amber-800 hover:underline dark:text-amber-300">
                          {it.flags.map((f) => FLAG_LABEL[f.code]).join(", ")}
                        </a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="options-heading" className="mt-12">
        <h2 id="options-heading" className="text-xl font-semibold">
          Answers per question
        </h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">How many students chose each option (distractor analysis). For typed answers, the most common responses.</p>
        <ol className="mt-4 grid gap-4 md:grid-cols-2">
          {questions.map((q) => {
            const rows = q.optionRows;
            const n = analysis.items[q.position]!.stats.n;
            return (
              <li key={q.position} id={`q${q.position + 1}`} className="card scroll-mt-4 p-4">
                <h3 className="font-medium">
                  Q{q.position + 1}. {q.prompt}
                </h3>
                <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
                  {KIND_LABEL[q.kind]} ·{" "}
                  <a href={curationHref(q)} className="font-medium text-brand-700 hover:underline dark:text-brand-200">
                    source and curation
                  </a>
                </p>
                {rows && rows.length > 0 ? (
                  <table className="mt-3 w-full text-sm">
                    <caption className="sr-only">Answers chosen for question {q.position + 1}</caption>
                    <thead className="sr-only">
                      <tr>
                        <th scope="col">Option</th>
                        <th scope="col">Students</th>
                        <th scope="col">Share</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((o) => {
                        const share = n ? (100 * o.n) / n : 0;
                        return (
                          <tr key={o.label + o.text}>
                            <th scope="row" className="py-1 pr-2 text-left font-normal">
                              <span className="font-semibold">{o.label}.</span> {o.text}
                              {o.correct && <span className="ml-1 font-semibold text-emerald-700 dark:text-emerald-400">✓ correct</span>}
                              <span className="mt-1 block h-1.5 rounded-full bg-stone-100 dark:bg-stone-800" aria-hidden="true">
                                <span className={`block h-1.5 rounded-full ${o.correct ? "bg-emerald-600" : "bg-stone-400 dark:bg-stone-500"}`} style={{ width: `${share}%` }} />
                              </span>
                            </th>
                            <td className="w-12 py-1 text-right align-top tabular-nums">{o.n}</td>
                            <td className="w-14 py-1 text-right align-top text-stone-600 tabular-nums dark:text-stone-400">{fmtPct(share, 0)}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                ) : (
                  <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
                    {q.kind === "matching" || q.kind === "ordering" ? "Marked with partial credit; see facility above." : "No answers yet."}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="heat-heading" className="mt-12">
        <h2 id="heat-heading" className="text-xl font-semibold">
          Mastery by kind of fact
        </h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">Mean mark of the counted attempts on questions about each kind of fact, per article.</p>
        <div className="card mt-4 p-4">
          <MasteryHeatmap cells={results.heat} articles={articles} />
        </div>
      </section>

      <section aria-labelledby="students-heading" className="mt-12 scroll-mt-4" id="students">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="students-heading" className="text-xl font-semibold">
            Students <span className="text-base font-normal text-stone-600 tabular-nums dark:text-stone-400">({students.length})</span>
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">Open a student to see every attempt and answer.</p>
        </div>
        <div className="card mt-4 overflow-x-auto">
          <table className="w-full text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
            <caption className="sr-only">Each student’s counted score{pages > 1 ? `, page ${page} of ${pages}` : ""}</caption>
            <thead className={tableHead}>
              <tr>
                <th scope="col" className="text-left font-medium">Student</th>
                <th scope="col" className="text-left font-medium">Status</th>
                <th scope="col" className="text-right font-medium">Attempts</th>
                <th scope="col" className="text-right font-medium">Score</th>
                <th scope="col" className="text-right font-medium">%</th>
              </tr>
            </thead>
            <tbody className={`${tableBody} [&_td]:tabular-nums`}>
              {shown.map((s) => (
                <tr key={s.userId}>
                  <th scope="row" className="text-left font-medium">
                    <Link href={`${base}/students/${s.userId}`} className="text-brand-700 hover:underline dark:text-brand-200">
                      {s.name}
                    </Link>
                  </th>
                  <td>{s.countedAttemptId ? "Finished" : s.inProgress ? "In progress" : "Not started"}</td>
                  <td className="text-right">{s.attemptsUsed}</td>
                  <td className="text-right">{s.total === null ? "—" : `${fmtMarks(s.total)} / ${k}`}</td>
                  <td className="text-right">{fmtPct(s.total === null ? null : pctOfMax(s.total), 0)}</td>
                </tr>
              ))}
              {students.length === 0 && (
                <tr>
                  <td colSpan={5} className="text-center text-stone-600 dark:text-stone-400">
                    No students in this class yet.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {pages > 1 && (
          <nav aria-label="Student pages" className="mt-3 flex items-center justify-between text-sm">
            {page > 1 ? (
              <Link href={`${base}?page=${page - 1}#students`} className="btn-secondary px-3 py-1.5">
                ← Previous
              </Link>
            ) : (
              <span />
            )}
            <span className="text-stone-600 tabular-nums dark:text-stone-400">
              Students {(page - 1) * PAGE_SIZE + 1}–{Math.min(page * PAGE_SIZE, students.length)} of {students.length}
            </span>
            {page < pages ? (
              <Link href={`${base}?page=${page + 1}#students`} className="btn-secondary px-3 py-1.5">
                Next →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
