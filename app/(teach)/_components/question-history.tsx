import { LocalTime } from "@/components/local-time";
import { CURATION_ACTION_LABEL, type CurationAction } from "@/lib/kinds";

export type HistoryEntry = { action: CurationAction; by: string; at: Date; version: number };

/** Who changed a question, how and when (db/queries/curation.ts records every change). */
export function QuestionHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-200">
        History ({entries.length} change{entries.length === 1 ? "" : "s"})
      </summary>
      <ol className="mt-2 space-y-1 text-sm text-stone-700 dark:text-stone-300">
        {entries.map((h, i) => (
          <li key={i}>
            <LocalTime date={h.at} /> · {h.by} {CURATION_ACTION_LABEL[h.action]} it (version {h.version})
          </li>
        ))}
      </ol>
    </details>
  );
}
