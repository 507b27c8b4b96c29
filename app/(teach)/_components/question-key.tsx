import type { CurationQuestion } from "@/db/queries/curation";
import { describeAnswerInline } from "@/lib/quiz/answers";
import { optionLetter } from "@/lib/teach/option-letter";

/** A question's options with the key ticked (single choice), else its answer in a line: what a curator checks. */
export function QuestionKey({ q }: { q: CurationQuestion }) {
  if (q.kind === "single_choice" && q.options)
    return (
      <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        {q.options.map((o, i) => (
          <li key={o.id} className={o.id === q.answer ? "font-semibold text-emerald-800 dark:text-emerald-300" : ""}>
            {optionLetter(i)}. {o.text}
            {o.id === q.answer ? " ✓" : ""}
          </li>
        ))}
      </ul>
    );
  if (q.kind === "single_choice") return null;
  return (
    <p className="mt-2 text-sm">
      <span className="font-semibold">Answer:</span> {describeAnswerInline(q, q.answer)}
    </p>
  );
}
