import { FLAG_THRESHOLDS, ITEM_FLAG_LABEL } from "@/lib/stats";
import { FACT_KIND_LABEL, QUESTION_KIND_LABEL } from "@/lib/kinds";
import { fmtPct } from "@/lib/teach/format";
import { fmtDuration, type ItemTiming } from "@/lib/teach/item-insight";
import type { AssignmentResults } from "@/lib/teach/results";
import { tableBody, tableHead, td, tdNum, th, thNum } from "../page-header";
import { curationHref } from "./links";

/** Moodle's per-question statistics, one row per question, with the median time spent on each. */
export function ItemTable({
  results,
  timing,
  base,
}: {
  results: AssignmentResults;
  timing: ItemTiming[];
  base: string;
}) {
  const { analysis, questions } = results;
  return (
    <section aria-labelledby="items-heading" className="mt-12 print:break-before-page">
      <h2 id="items-heading" className="text-xl font-semibold">
        Item analysis
      </h2>
      <div className="card mt-4 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Statistics per question</caption>
          <thead className={tableHead}>
            <tr>
              <th scope="col" className={thNum}>
                #
              </th>
              <th scope="col" className={th}>
                Question
              </th>
              <th scope="col" className={thNum}>
                Answers
              </th>
              <th scope="col" className={thNum}>
                <abbr title="Facility index: mean mark as % of the maximum">Facility</abbr>
              </th>
              <th scope="col" className={thNum}>
                <abbr title="Standard deviation of the mark, % of the maximum">SD</abbr>
              </th>
              <th scope="col" className={thNum}>
                <abbr title="Expected score of a blind guess">Random guess</abbr>
              </th>
              <th scope="col" className={thNum}>
                <abbr title="Discrimination index: correlation with the rest of the test">DI</abbr>
              </th>
              <th scope="col" className={thNum}>
                <abbr title="Discriminative efficiency: DI as a share of the most the score distributions allow">
                  DE
                </abbr>
              </th>
              <th scope="col" className={thNum}>
                <abbr title="Effective weight: the question's share of the spread of total scores (Moodle)">
                  Weight
                </abbr>
              </th>
              <th scope="col" className={thNum}>
                <abbr title="Median time students spent answering">Time</abbr>
              </th>
              <th scope="col" className={th}>
                Flags
              </th>
            </tr>
          </thead>
          <tbody className={tableBody}>
            {analysis.items.map((it) => {
              const q = questions[it.position]!;
              return (
                <tr key={it.position}>
                  <td className={tdNum}>{it.position + 1}</td>
                  <th scope="row" className={`${td} max-w-md text-left font-normal`}>
                    <a
                      href={`#q${it.position + 1}`}
                      className="font-medium text-brand-700 hover:underline dark:text-brand-200"
                    >
                      {q.prompt.length > 90 ? `${q.prompt.slice(0, 88)}…` : q.prompt}
                    </a>
                    <span className="block text-xs text-stone-600 dark:text-stone-400">
                      {QUESTION_KIND_LABEL[q.kind]} · {FACT_KIND_LABEL[q.factKind]}
                      {q.version !== q.currentVersion ? ` · version ${q.version} (a newer version exists)` : ""}
                    </span>
                    {q.version !== q.currentVersion && (
                      <a
                        href={`${base}/regrade/${q.questionId}`}
                        className="text-xs font-semibold text-brand-700 hover:underline print:hidden dark:text-brand-200"
                      >
                        Regrade Q{it.position + 1} with version {q.currentVersion}
                      </a>
                    )}
                  </th>
                  <td className={tdNum}>{it.stats.n}</td>
                  <td className={tdNum}>{fmtPct(it.stats.facility)}</td>
                  <td className={tdNum}>{fmtPct(it.stats.sd)}</td>
                  <td className={tdNum}>{fmtPct(it.randomGuess)}</td>
                  <td
                    className={`${tdNum} ${it.stats.discriminationIndex !== null && it.stats.discriminationIndex < 0 ? "font-semibold text-red-700 dark:text-red-400" : ""}`}
                  >
                    {fmtPct(it.stats.discriminationIndex)}
                  </td>
                  <td
                    className={`${tdNum} ${it.stats.discriminativeEfficiency !== null && it.stats.discriminativeEfficiency < FLAG_THRESHOLDS.minEfficiency ? "font-semibold text-amber-800 dark:text-amber-300" : ""}`}
                  >
                    {fmtPct(it.stats.discriminativeEfficiency)}
                  </td>
                  <td className={tdNum}>{fmtPct(it.effectiveWeight)}</td>
                  <td
                    className={`${tdNum} ${timing[it.position]?.slow ? "font-semibold text-amber-800 dark:text-amber-300" : ""}`}
                  >
                    {fmtDuration(timing[it.position]?.medianMs ?? null)}
                  </td>
                  <td className={td}>
                    {timing[it.position]?.slow && (
                      <span className="block text-xs font-semibold text-amber-800 dark:text-amber-300">
                        Far slower than the rest
                      </span>
                    )}
                    {it.flags.length === 0 ? (
                      timing[it.position]?.slow ? null : (
                        <span className="text-stone-500 dark:text-stone-400">—</span>
                      )
                    ) : (
                      <a
                        href={curationHref(q)}
                        className="text-xs font-semibold text-amber-800 hover:underline dark:text-amber-300"
                      >
                        {it.flags.map((f) => ITEM_FLAG_LABEL[f.code]).join(", ")}
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
  );
}
