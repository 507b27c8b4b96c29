import { FACT_KIND_LABEL, QUESTION_KIND_LABEL } from "@/lib/kinds";
import type { CurationQuestion } from "@/db/queries/curation";
import { curateAction } from "../content-actions";
import { QuestionKey } from "./question-key";

/** A draft the pipeline held back and no instructor has approved or retired yet. */
export const isHeldDraft = (q: Pick<CurationQuestion, "status" | "heldReasons">) =>
  q.status === "draft" && (q.heldReasons?.length ?? 0) > 0;

function HeldAction({
  q,
  intent,
  label,
  primary,
}: {
  q: CurationQuestion;
  intent: string;
  label: string;
  primary?: boolean;
}) {
  return (
    <form action={curateAction}>
      <input type="hidden" name="questionId" value={q.id} />
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={`${primary ? "btn-primary" : "btn-secondary"} px-3 py-1.5`}>
        {label}
        <span className="sr-only">: {q.prompt}</span>
      </button>
    </form>
  );
}

/**
 * The questions the pipeline held back, each with its reasons. Practice and
 * assignments never use them; approving one (after checking it against the
 * article) puts it in use, retiring it sets it aside.
 */
export function HeldDrafts({ questions, canCurate }: { questions: CurationQuestion[]; canCurate: boolean }) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="held-heading" className="mb-8">
      <h2 id="held-heading" className="mb-1 text-xl font-semibold">
        Held back: check before use ({questions.length})
      </h2>
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
        The pipeline is not sure of the facts these questions rest on, so practice and assignments leave them out. Check
        each against the article: approve it to use it, or retire it.
      </p>
      <ol className="space-y-3">
        {questions.map((q) => (
          <li key={q.id} id={`q-${q.id}`} className="card scroll-mt-4 border-amber-300 p-4 dark:border-amber-700">
            <p className="text-xs text-stone-600 dark:text-stone-400">
              {QUESTION_KIND_LABEL[q.kind]} · {FACT_KIND_LABEL[q.factKind]}
            </p>
            <h3 className="mt-1 font-semibold">{q.prompt}</h3>
            <QuestionKey q={q} />
            <blockquote className="mt-2 border-l-4 border-amber-300 pl-3 text-sm text-stone-700 dark:text-stone-300">
              <span className="font-semibold">Source sentence:</span> {q.sourceSentence}
            </blockquote>
            <div className="mt-2 text-sm">
              <span className="font-semibold">Why it was held back:</span>
              <ul className="ml-5 list-disc">
                {q.heldReasons!.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
            {canCurate && (
              <div className="mt-3 flex flex-wrap gap-2">
                <HeldAction q={q} intent="approve" label="Approve for use" primary />
                <HeldAction q={q} intent="retire" label="Retire" />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
