"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-fields";
import { listValue, textValue, type FormState } from "@/lib/form-state";
import { editQuestionAction } from "../content-actions";

type Opt = { id: string; text: string };
export type EditableQuestion = {
  id: string;
  kind: "single_choice" | "true_false" | "cloze" | "matching" | "ordering";
  prompt: string;
  explanation: string;
  options: Opt[] | null;
  answer: unknown;
  accept: string[] | null;
};

function Err({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
      {error}
    </p>
  ) : null;
}

export function EditQuestionForm({ q }: { q: EditableQuestion }) {
  const [state, action, pending] = useActionState<FormState, FormData>(editQuestionAction, { status: "idle" });
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const s = (k: string, d: string) => textValue(v, k, d);
  const opts = q.options ?? [];
  const optTexts = listValue(
    v,
    "options",
    opts.map((o) => o.text),
  );
  const id = (name: string) => `${q.id}-${name}`;
  return (
    <form action={action} className="mt-3 space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="questionId" value={q.id} />
      <input type="hidden" name="kind" value={q.kind} />
      <div>
        <label htmlFor={id("prompt")} className="field-label">
          Question
        </label>
        <textarea
          id={id("prompt")}
          name="prompt"
          rows={2}
          defaultValue={s("prompt", q.prompt)}
          className="field-input"
          aria-invalid={e.prompt ? true : undefined}
          aria-describedby={e.prompt ? id("prompt-error") : undefined}
        />
        <Err id={id("prompt-error")} error={e.prompt} />
      </div>
      {q.kind === "single_choice" && (
        <fieldset aria-describedby={e.correct || e.options ? id("options-error") : undefined}>
          <legend className="field-label">Options (choose the correct one)</legend>
          <ul className="mt-1 space-y-2">
            {opts.map((o, i) => (
              <li key={o.id} className="flex items-center gap-2">
                <input type="hidden" name="optionIds" value={o.id} />
                <input
                  type="radio"
                  name="correct"
                  value={o.id}
                  defaultChecked={s("correct", String(q.answer)) === o.id}
                  className="h-4 w-4 accent-brand-600"
                  aria-label={`Option ${String.fromCharCode(65 + i)} is correct`}
                />
                <label htmlFor={id(`opt-${o.id}`)} className="sr-only">
                  Option {String.fromCharCode(65 + i)}
                </label>
                <input
                  id={id(`opt-${o.id}`)}
                  name="options"
                  defaultValue={optTexts[i] ?? o.text}
                  className="field-input mt-0"
                />
              </li>
            ))}
          </ul>
          <Err id={id("options-error")} error={e.correct ?? e.options} />
        </fieldset>
      )}
      {q.kind === "true_false" && (
        <fieldset aria-describedby={e.tfAnswer ? id("tf-error") : undefined}>
          <legend className="field-label">The statement is</legend>
          <div className="mt-1 flex gap-6 text-sm">
            {["true", "false"].map((b) => (
              <label key={b} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="tfAnswer"
                  value={b}
                  defaultChecked={s("tfAnswer", String(q.answer)) === b}
                  className="h-4 w-4 accent-brand-600"
                />
                {b === "true" ? "True" : "False"}
              </label>
            ))}
          </div>
          <Err id={id("tf-error")} error={e.tfAnswer} />
        </fieldset>
      )}
      {q.kind === "cloze" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={id("clozeAnswer")} className="field-label">
              Answer
            </label>
            <input
              id={id("clozeAnswer")}
              name="clozeAnswer"
              defaultValue={s("clozeAnswer", String(q.answer))}
              className="field-input"
              aria-invalid={e.clozeAnswer ? true : undefined}
              aria-describedby={e.clozeAnswer ? id("cloze-error") : undefined}
            />
            <Err id={id("cloze-error")} error={e.clozeAnswer} />
          </div>
          <div>
            <label htmlFor={id("accept")} className="field-label">
              Also accept (one per line)
            </label>
            <textarea
              id={id("accept")}
              name="accept"
              rows={2}
              defaultValue={s("accept", (q.accept ?? []).filter((a) => a !== q.answer).join("\n"))}
              className="field-input"
            />
          </div>
        </div>
      )}
      <div>
        <label htmlFor={id("explanation")} className="field-label">
          Explanation shown after answering
        </label>
        <textarea
          id={id("explanation")}
          name="explanation"
          rows={3}
          defaultValue={s("explanation", q.explanation)}
          className="field-input"
          aria-invalid={e.explanation ? true : undefined}
          aria-describedby={e.explanation ? id("explanation-error") : undefined}
        />
        <Err id={id("explanation-error")} error={e.explanation} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Save as a new version"}
      </button>
    </form>
  );
}
