import type { ClassOverview } from "@/lib/teach/class-overview";
import { OVERVIEW_RULES } from "@/lib/teach/class-overview";
import { fmtPct } from "@/lib/teach/format";

/** The students to look at: those who missed the last two assignments, and those whose scores fell. */
export function WatchList({ overview }: { overview: ClassOverview }) {
  const titles = overview.lastTwo.map((id) => overview.assignments.find((a) => a.id === id)!.title);
  return (
    <section aria-labelledby="watch-heading" className="mt-10 print:break-before-page">
      <h2 id="watch-heading" className="text-xl font-semibold">
        Students to look at
      </h2>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div className="card p-4">
          <h3 className="font-medium">
            Missed the last two assignments{" "}
            <span className="font-normal text-stone-600 tabular-nums dark:text-stone-400">
              ({overview.missed.length})
            </span>
          </h3>
          <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
            {titles.length === 2
              ? `No finished attempt on “${titles[0]}” or “${titles[1]}”.`
              : "Once two assignments have opened."}
          </p>
          {overview.missed.length > 0 ? (
            <ul className="mt-2 space-y-1 text-sm">
              {overview.missed.map((s) => (
                <li key={s.userId}>{s.name}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">Nobody.</p>
          )}
        </div>
        <div className="card p-4">
          <h3 className="font-medium">
            Scores fell{" "}
            <span className="font-normal text-stone-600 tabular-nums dark:text-stone-400">
              ({overview.fell.length})
            </span>
          </h3>
          <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
            The latest score is {OVERVIEW_RULES.fellBy} points or more below the student’s earlier average.
          </p>
          {overview.fell.length > 0 ? (
            <ul className="mt-2 space-y-1 text-sm">
              {overview.fell.map((s) => (
                <li key={s.userId}>
                  {s.name}: from {fmtPct(s.fell!.from, 0)} to {fmtPct(s.fell!.to, 0)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">Nobody.</p>
          )}
        </div>
      </div>
    </section>
  );
}
