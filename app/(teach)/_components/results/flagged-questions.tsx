import { ITEM_FLAG_LABEL } from "@/lib/stats";
import type { AssignmentResults } from "@/lib/teach/results";
import { curationHref } from "./links";

/** The questions item analysis flags, each with its source sentence and a link to fix it. */
export function FlaggedQuestions({ results }: { results: AssignmentResults }) {
  const { analysis, questions } = results;
  const { summary } = analysis;
  const flagged = analysis.items.filter((it) => it.flags.length > 0);
  return (
    <section aria-labelledby="review-heading" className="mt-12 print:break-before-page">
      <h2 id="review-heading" className="text-xl font-semibold">
        Questions to review{" "}
        <span className="text-base font-normal text-stone-600 tabular-nums dark:text-stone-400">
          ({flagged.length})
        </span>
      </h2>
      {flagged.length === 0 ? (
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          No question is flagged{summary.n < 10 ? " yet" : ""}.
        </p>
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
                  <a
                    href={curationHref(q)}
                    className="shrink-0 text-sm font-semibold whitespace-nowrap text-brand-700 hover:underline dark:text-brand-200"
                  >
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
                        {ITEM_FLAG_LABEL[f.code]}
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
  );
}
