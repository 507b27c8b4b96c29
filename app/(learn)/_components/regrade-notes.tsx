import { LocalTime } from "@/components/local-time";
import type { RegradeNote } from "@/db/queries/regrade-records";
import { fmtMarks } from "@/lib/teach/format";

/** "Regraded on 21 Nov 2026: was 3, now 4": an instructor fixed a key after this attempt was marked. */
export function RegradeNotes({ notes, className = "" }: { notes: RegradeNote[]; className?: string }) {
  if (notes.length === 0) return null;
  return (
    <ul className={`text-xs text-amber-900 dark:text-amber-200 ${className}`}>
      {notes.map((n, i) => (
        <li key={i}>
          Regraded on <LocalTime date={n.regradedAt} withTime={false} />: was {fmtMarks(n.oldScore)}, now{" "}
          {fmtMarks(n.newScore)}
        </li>
      ))}
    </ul>
  );
}
