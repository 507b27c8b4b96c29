import Link from "next/link";
import { accuracy, masteryShare, percent, type MasteryRow } from "@/lib/learn/mastery";

type Row = MasteryRow & { label: string; href?: string };

/** One stacked bar per group: mastered, still being learnt, not met yet. */
export function MasteryList({ rows }: { rows: Row[] }) {
  return (
    <ul className="space-y-5">
      {rows.map((r) => {
        const learning = r.met - r.mastered;
        const acc = accuracy(r);
        return (
          <li key={r.key}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-medium">
                {r.href ? (
                  <Link href={r.href} className="underline-offset-2 hover:underline">
                    {r.label}
                  </Link>
                ) : (
                  r.label
                )}
              </span>
              <span className="text-sm text-stone-700 dark:text-stone-300">
                <strong>{percent(masteryShare(r))}</strong> mastered
              </span>
            </div>
            <svg
              viewBox="0 0 100 4"
              preserveAspectRatio="none"
              className="mt-1.5 h-3 w-full overflow-hidden rounded-full"
              aria-hidden="true"
            >
              <rect width="100" height="4" className="fill-stone-200 dark:fill-stone-800" />
              {r.facts > 0 && (
                <rect
                  width={((learning + r.mastered) / r.facts) * 100}
                  height="4"
                  className="fill-brand-200 dark:fill-brand-800"
                />
              )}
              {r.facts > 0 && (
                <rect width={(r.mastered / r.facts) * 100} height="4" className="fill-brand-600 dark:fill-brand-500" />
              )}
            </svg>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              {r.mastered} of {r.facts} facts mastered, {learning} being learnt, {r.facts - r.met} not met yet
              {acc !== null ? ` · ${percent(acc)} of ${r.answered} answers right` : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
