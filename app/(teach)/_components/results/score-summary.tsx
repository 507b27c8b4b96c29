import { fmtMarks, fmtNum, fmtPct } from "@/lib/teach/format";
import type { AssignmentResults } from "@/lib/teach/results";
import { Stat } from "../page-header";
import { ScoreHistogram } from "../score-histogram";

/** Sample-size warnings, the score histogram and the test's summary statistics. */
export function ScoreSummary({
  analysis,
  title,
  maxScore,
}: {
  analysis: AssignmentResults["analysis"];
  title: string;
  maxScore: number;
}) {
  const { summary, reliability } = analysis;
  const pctOfMax = (v: number | null) => (v === null || maxScore === 0 ? null : (100 * v) / maxScore);
  return (
    <>
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
            <ScoreHistogram bins={summary.histogram} maxScore={summary.maxScore} title={title} />
          </div>
          <dl className="grid grid-cols-2 content-start gap-3">
            <Stat
              label="Completed"
              value={`${summary.n} / ${summary.assigned ?? 0}`}
              hint={fmtPct(summary.completionRate, 0)}
            />
            <Stat
              label="Mean"
              value={fmtMarks(summary.mean === null ? null : Number(summary.mean.toFixed(2)))}
              hint={fmtPct(pctOfMax(summary.mean))}
            />
            <Stat label="Median" value={fmtMarks(summary.median)} hint={fmtPct(pctOfMax(summary.median))} />
            <Stat label="Standard deviation" value={fmtNum(summary.sd)} hint={fmtPct(pctOfMax(summary.sd))} />
            <Stat label="Cronbach’s alpha (CIC)" value={fmtPct(reliability.cic)} />
            <Stat
              label="Error ratio"
              value={fmtPct(reliability.errorRatio)}
              hint={`Standard error ${fmtNum(reliability.standardError)} marks`}
            />
          </dl>
        </div>
      </section>
    </>
  );
}
