"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { FormMessage } from "@/components/form-fields";
import { REPORT_REASON_LABEL, REPORT_REASONS } from "@/lib/kinds";
import { textValue, type FormState } from "@/lib/form-state";
import { reportQuestionAction } from "../actions";

/**
 * "Report a problem" under an answered question's feedback (in the quiz and
 * on its summary). It is a form of its own, outside the quiz's form (forms
 * cannot nest), and the quiz runner leaves keys pressed in it alone
 * (data-report-problem).
 */
export function ReportProblem({
  attemptId,
  position,
  reported,
  which,
}: {
  attemptId: string;
  position: number;
  reported: boolean;
  /** Tells a screen reader which question the button is for, where a page lists several ("question 2"). */
  which?: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(reportQuestionAction, { status: "idle" });
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const firstChoiceRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const sent = state.status === "ok";

  // Opening moves the focus into the form; a sent report moves it to the thanks, which is then read out.
  useEffect(() => {
    if (open && !sent) firstChoiceRef.current?.focus();
  }, [open, sent]);
  useEffect(() => {
    if (sent) doneRef.current?.focus();
  }, [sent]);

  if (reported || sent) {
    return (
      <div data-report-problem className="mt-3">
        <p
          ref={doneRef}
          tabIndex={-1}
          role="status"
          className="rounded-lg border border-stone-300 bg-stone-50 px-3 py-2.5 text-sm dark:border-stone-700 dark:bg-stone-900"
        >
          {sent ? state.message : "You reported a problem with this question. Your instructor will look at it."}
        </p>
      </div>
    );
  }

  const checked = textValue(state.values, "reason");
  const err = state.fieldErrors ?? {};
  return (
    <div data-report-problem className="mt-3">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen((o) => !o)}
        className="text-sm font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-200"
      >
        Report a problem with this question
        {which && <span className="sr-only"> ({which})</span>}
      </button>
      <form
        id={`${id}-form`}
        hidden={!open}
        action={action}
        aria-label="Report a problem"
        className="card mt-2 space-y-4 p-4 sm:p-5"
        noValidate
      >
        <FormMessage message={state.message} />
        <input type="hidden" name="attemptId" value={attemptId} />
        <input type="hidden" name="position" value={position} />
        <fieldset aria-describedby={err.reason ? `${id}-reason-error` : undefined}>
          <legend className="font-semibold">What is wrong with it?</legend>
          <div className="mt-2 space-y-1.5">
            {REPORT_REASONS.map((r, i) => (
              <label key={r} className="flex cursor-pointer items-center gap-3">
                <input
                  ref={i === 0 ? firstChoiceRef : undefined}
                  type="radio"
                  name="reason"
                  value={r}
                  defaultChecked={checked === r}
                  className="h-4 w-4 accent-brand-600"
                />
                {REPORT_REASON_LABEL[r]}
              </label>
            ))}
          </div>
          {err.reason && (
            <p id={`${id}-reason-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {err.reason}
            </p>
          )}
        </fieldset>
        <div>
          <label htmlFor={`${id}-comment`} className="field-label">
            Comment (optional)
          </label>
          <textarea
            id={`${id}-comment`}
            name="comment"
            rows={3}
            maxLength={1000}
            defaultValue={textValue(state.values, "comment")}
            aria-invalid={err.comment ? true : undefined}
            aria-describedby={err.comment ? `${id}-comment-error` : undefined}
            className="field-input"
          />
          {err.comment && (
            <p id={`${id}-comment-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {err.comment}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn-primary" disabled={pending}>
            {pending ? "Sending…" : "Send report"}
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              setOpen(false);
              toggleRef.current?.focus();
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
