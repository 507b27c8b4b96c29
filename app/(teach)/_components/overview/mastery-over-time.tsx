import type { ClassOverview, MasteryLine } from "@/lib/teach/class-overview";
import { fmtPct } from "@/lib/teach/format";
import { masteryBand } from "@/lib/teach/heatmap";
import { BAND_CLASS } from "../mastery-heatmap";

function MasteryTable({
  lines,
  overview,
  caption,
  rowLabel,
}: {
  lines: MasteryLine[];
  overview: ClassOverview;
  caption: string;
  rowLabel: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-1 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium text-stone-600 dark:text-stone-400">
              {rowLabel}
            </th>
            {overview.assignments.map((a) => (
              <th
                key={a.id}
                scope="col"
                className="max-w-40 px-2 py-1 text-center font-medium text-stone-600 dark:text-stone-400"
              >
                {a.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.key}>
              <th scope="row" className="max-w-64 px-2 py-1 text-left font-medium">
                {l.label}
              </th>
              {l.percents.map((p, i) => {
                const band = masteryBand(p);
                return (
                  <td
                    key={overview.assignments[i]!.id}
                    className={`rounded-md px-2 py-2 text-center tabular-nums ${BAND_CLASS[band.level]}`}
                  >
                    <span className="block font-semibold">{p === null ? "—" : fmtPct(p, 0)}</span>
                    <span className="block text-xs">{p === null ? "not asked" : band.label}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The class's mean mark per kind of fact and per article, assignment by assignment. */
export function MasteryOverTime({ overview }: { overview: ClassOverview }) {
  return (
    <section aria-labelledby="mastery-time-heading" className="mt-10 print:break-before-page">
      <h2 id="mastery-time-heading" className="text-xl font-semibold">
        Mastery over time
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        Mean mark of the counted attempts on the questions of each kind of fact, and of each article, assignment by
        assignment (an unanswered question counts 0).
      </p>
      {overview.byKind.length === 0 ? (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">No finished attempts yet.</p>
      ) : (
        <div className="mt-4 space-y-6">
          <div className="card p-4">
            <h3 className="mb-2 font-medium">By kind of fact</h3>
            <MasteryTable
              lines={overview.byKind}
              overview={overview}
              caption="Class mastery by kind of fact and assignment: mean mark as a percentage"
              rowLabel="Kind of fact"
            />
          </div>
          <div className="card p-4">
            <h3 className="mb-2 font-medium">By article</h3>
            <MasteryTable
              lines={overview.byArticle}
              overview={overview}
              caption="Class mastery by article and assignment: mean mark as a percentage"
              rowLabel="Article"
            />
          </div>
        </div>
      )}
    </section>
  );
}
