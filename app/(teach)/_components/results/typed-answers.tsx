import { fmtPct } from "@/lib/teach/format";
import type { ItemInsight } from "@/lib/teach/item-insight";
import type { AssignmentResults } from "@/lib/teach/results";
import type { TypedVerdict } from "@/lib/teach/typed-answers";
import { acceptAlternativeAction } from "../../regrade-actions";
import { tableBody, tableHead } from "../page-header";

const VERDICT: Record<TypedVerdict, { label: string; className: string }> = {
  right: { label: "Accepted", className: "text-emerald-800 dark:text-emerald-300" },
  typo: { label: "Accepted (one-letter slip)", className: "text-emerald-800 dark:text-emerald-300" },
  wrong: { label: "Not accepted", className: "text-red-800 dark:text-red-300" },
};

/**
 * What students typed into the fill-in-the-blank questions, grouped the way the grader reads
 * answers, with one click to accept a wrong-but-right answer (a new version, then a regrade).
 */
export function TypedAnswers({
  results,
  typed,
  classId,
  assignmentId,
}: {
  results: AssignmentResults;
  typed: ItemInsight["typed"];
  classId: string;
  assignmentId: string;
}) {
  if (typed.length === 0) return null;
  return (
    <section aria-labelledby="typed-heading" className="mt-12 print:break-before-page">
      <h2 id="typed-heading" className="text-xl font-semibold">
        Typed answers
      </h2>
      <p className="mt-1 max-w-prose text-sm text-stone-700 dark:text-stone-300">
        Every answer typed into a fill-in-the-blank question, grouped as the marking reads them: case, punctuation,
        accents, spacing and a leading “the” do not matter. Accepting an answer saves a new version of the question; you
        then choose whether to regrade the answers already given.
      </p>
      <div className="mt-4 space-y-4">
        {typed.map((t) => {
          const q = results.questions[t.position]!;
          const wrong = t.commonWrong.slice(0, 3);
          return (
            <article key={t.position} aria-labelledby={`typed-q${t.position + 1}`} className="card p-4">
              <h3 id={`typed-q${t.position + 1}`} className="font-medium">
                Q{t.position + 1}. {q.prompt}
              </h3>
              {t.keyVersion !== t.askedVersion && (
                <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">
                  Judged by version {t.keyVersion}; this assignment’s marks are from version {t.askedVersion}.{" "}
                  <a
                    href={`/teach/classes/${classId}/assignments/${assignmentId}/regrade/${q.questionId}`}
                    className="font-semibold underline print:hidden"
                  >
                    Regrade Q{t.position + 1}
                  </a>
                </p>
              )}
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                {t.total} answer{t.total === 1 ? "" : "s"}, {t.groups.length} different · {fmtPct(t.shareRight, 0)}{" "}
                right
                {wrong.length > 0 && (
                  <>
                    {" "}
                    · most common wrong:{" "}
                    {wrong.map((g, i) => (
                      <span key={g.key}>
                        {i > 0 && ", "}“{g.shown}” ({g.n})
                      </span>
                    ))}
                  </>
                )}
              </p>
              {t.groups.length > 0 && (
                <div className="mt-3 overflow-x-auto">
                  <table className="w-full text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
                    <caption className="sr-only">Typed answers to question {t.position + 1}</caption>
                    <thead className={tableHead}>
                      <tr>
                        <th scope="col" className="text-left font-medium">
                          Answer
                        </th>
                        <th scope="col" className="text-right font-medium">
                          Students
                        </th>
                        <th scope="col" className="text-right font-medium">
                          Share
                        </th>
                        <th scope="col" className="text-left font-medium">
                          Marking
                        </th>
                        <th scope="col" className="text-right font-medium print:hidden">
                          <span className="sr-only">Actions</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody className={tableBody}>
                      {t.groups.map((g) => (
                        <tr key={g.key}>
                          <th scope="row" className="text-left font-medium">
                            {g.shown || "(blank)"}
                            {g.variants.length > 0 && (
                              <span className="block text-xs font-normal text-stone-600 dark:text-stone-400">
                                also typed as {g.variants.map((v) => `“${v}”`).join(", ")}
                              </span>
                            )}
                          </th>
                          <td className="text-right tabular-nums">{g.n}</td>
                          <td className="text-right tabular-nums">
                            {fmtPct(t.total ? (100 * g.n) / t.total : null, 0)}
                          </td>
                          <td className={VERDICT[g.verdict].className}>
                            {VERDICT[g.verdict].label}
                            {g.verdict !== "wrong" && g.right < g.n && (
                              <span className="block text-xs">
                                {g.n - g.right} marked wrong before the key changed: regrade to apply
                              </span>
                            )}
                          </td>
                          <td className="text-right print:hidden">
                            {g.verdict === "wrong" && g.key && (
                              <form action={acceptAlternativeAction}>
                                <input type="hidden" name="classId" value={classId} />
                                <input type="hidden" name="assignmentId" value={assignmentId} />
                                <input type="hidden" name="questionId" value={q.questionId} />
                                <input type="hidden" name="response" value={g.shown} />
                                <button type="submit" className="btn-secondary px-3 py-1.5 text-xs">
                                  Accept
                                  <span className="sr-only">
                                    {" "}
                                    “{g.shown}” for question {t.position + 1}
                                  </span>
                                </button>
                              </form>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}
