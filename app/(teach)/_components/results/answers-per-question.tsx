import { QUESTION_KIND_LABEL } from "@/lib/kinds";
import { fmtPct } from "@/lib/teach/format";
import type { AssignmentResults } from "@/lib/teach/results";
import { curationHref } from "./links";

/** Distractor analysis: how many students chose each option, or typed each answer. */
export function AnswersPerQuestion({ results }: { results: AssignmentResults }) {
  const { analysis, questions } = results;
  return (
    <section aria-labelledby="options-heading" className="mt-12 print:break-before-page">
      <h2 id="options-heading" className="text-xl font-semibold">
        Answers per question
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        How many students chose each option (distractor analysis). For typed answers, the most common responses.
      </p>
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
                {QUESTION_KIND_LABEL[q.kind]} ·{" "}
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
                            {o.correct && (
                              <span className="ml-1 font-semibold text-emerald-700 dark:text-emerald-400">
                                ✓ correct
                              </span>
                            )}
                            <svg
                              className="mt-1 block h-1.5 w-full rounded-full bg-stone-100 dark:bg-stone-800"
                              aria-hidden="true"
                              focusable="false"
                            >
                              <rect
                                width={`${share}%`}
                                height="100%"
                                rx="3"
                                className={o.correct ? "fill-emerald-600" : "fill-stone-400 dark:fill-stone-500"}
                              />
                            </svg>
                          </th>
                          <td className="w-12 py-1 text-right align-top tabular-nums">{o.n}</td>
                          <td className="w-14 py-1 text-right align-top text-stone-600 tabular-nums dark:text-stone-400">
                            {fmtPct(share, 0)}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              ) : (
                <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
                  {q.kind === "matching" || q.kind === "ordering"
                    ? "Marked with partial credit; see facility above."
                    : "No answers yet."}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
