import { FACT_KIND_GROUP_LABEL, FACT_KINDS } from "@/lib/kinds";
import { fmtPct } from "@/lib/teach/format";
import { masteryBand, MASTERY_BANDS } from "@/lib/teach/heatmap";

export const BAND_CLASS = [
  "bg-stone-100 text-stone-600 dark:bg-stone-800 dark:text-stone-400",
  "bg-red-200 text-red-950 dark:bg-red-900 dark:text-red-50",
  "bg-orange-200 text-orange-950 dark:bg-orange-900 dark:text-orange-50",
  "bg-amber-100 text-amber-950 dark:bg-amber-800 dark:text-amber-50",
  "bg-emerald-200 text-emerald-950 dark:bg-emerald-800 dark:text-emerald-50",
  "bg-emerald-700 text-white",
];

type Cell = { articleId: string; factKind: string; n: number; mean: number };

/** Class mastery per article × fact kind: mean mark as % of max, with the band in words. */
export function MasteryHeatmap({ cells, articles }: { cells: Cell[]; articles: { id: string; title: string }[] }) {
  const kinds = FACT_KINDS.filter((k) => cells.some((c) => c.factKind === k));
  const rows = articles.filter((a) => cells.some((c) => c.articleId === a.id));
  if (rows.length === 0) return <p className="text-sm text-stone-600 dark:text-stone-400">No answers yet.</p>;
  const at = (a: string, k: string) => cells.find((c) => c.articleId === a && c.factKind === k);
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-1 text-sm">
          <caption className="sr-only">Class mastery by article and kind of fact: mean mark as a percentage</caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1 text-left font-medium text-stone-600 dark:text-stone-400">
                Article
              </th>
              {kinds.map((k) => (
                <th
                  key={k}
                  scope="col"
                  className="px-2 py-1 text-center font-medium text-stone-600 dark:text-stone-400"
                >
                  {FACT_KIND_GROUP_LABEL[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="max-w-64 px-2 py-1 text-left font-medium">
                  {a.title}
                </th>
                {kinds.map((k) => {
                  const c = at(a.id, k);
                  const pct = c ? 100 * c.mean : null;
                  const band = masteryBand(pct);
                  return (
                    <td key={k} className={`rounded-md px-2 py-2 text-center tabular-nums ${BAND_CLASS[band.level]}`}>
                      <span className="block font-semibold">{fmtPct(pct, 0)}</span>
                      <span className="block text-xs">{c ? `${band.label} · ${c.n} answers` : "not asked"}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="mt-3 flex flex-wrap gap-2 text-xs" aria-label="Key">
        {[...MASTERY_BANDS].reverse().map(({ min, band }) => (
          <li key={band.level} className={`rounded-md px-2 py-1 ${BAND_CLASS[band.level]}`}>
            {band.label} ({min === 0 ? "below 40" : `${min}+`}%)
          </li>
        ))}
      </ul>
    </div>
  );
}
