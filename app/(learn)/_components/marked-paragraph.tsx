import type { Segment } from "@/lib/learn/marks";
import { FactTip } from "./fact-tip";

/** Renders a paragraph's segments: fact terms with their notes, attributed quotes, the cited sentence. */
export function MarkedText({ segments, noteIds }: { segments: Segment[]; noteIds: Map<string, string> }) {
  return (
    <>
      {segments.map((s, i) => {
        if (s.type === "text") return s.text;
        const inner = <MarkedText segments={s.children} noteIds={noteIds} />;
        const m = s.mark;
        if (m.type === "source") {
          return (
            <mark
              key={i}
              id={m.anchor ? "src" : undefined}
              tabIndex={m.anchor ? -1 : undefined}
              className="scroll-mt-24 rounded-sm bg-amber-200 px-0.5 text-stone-950 ring-4 ring-amber-200 dark:bg-amber-300 dark:ring-amber-300 box-decoration-clone"
            >
              {inner}
            </mark>
          );
        }
        if (m.type === "quote") {
          return (
            <span key={i}>
              <span className="decoration-stone-400 underline decoration-1 underline-offset-[6px] dark:decoration-stone-500">
                {inner}
              </span>
              <FactTip note={m.speaker} tone="speaker" label="Who said this?" describedBy={noteIds.get(m.speaker)!}>
                <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="currentColor">
                  <path d="M3 4.5C3 3.67 3.67 3 4.5 3h7c.83 0 1.5.67 1.5 1.5v5c0 .83-.67 1.5-1.5 1.5H7l-3 2.5V11h.5-1A1.5 1.5 0 0 1 3 9.5v-5Z" />
                </svg>
              </FactTip>
            </span>
          );
        }
        return (
          <FactTip key={i} note={m.note} heading={m.label} describedBy={noteIds.get(m.note)!}>
            {inner}
          </FactTip>
        );
      })}
    </>
  );
}

/** Every note once, hidden, for the buttons' aria-describedby. */
export function noteIdsFor(notes: string[]): Map<string, string> {
  return new Map([...new Set(notes)].map((n, i) => [n, `fact-note-${i}`]));
}

export function HiddenNotes({ noteIds }: { noteIds: Map<string, string> }) {
  return (
    <div hidden>
      {[...noteIds].map(([note, id]) => (
        <span key={id} id={id}>
          {note}
        </span>
      ))}
    </div>
  );
}
