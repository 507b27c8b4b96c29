"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { AttemptItemView } from "@/db/queries/attempt-view";
import { finishAttemptAction, submitAnswerAction } from "../actions";
import { AnswerInput, initialResponse, isReady, type Response } from "./answer-inputs";
import { FeedbackPanel } from "./feedback-panel";
import { ReportProblem } from "./report-problem";

const KIND_HINT: Record<AttemptItemView["kind"], string> = {
  single_choice: "Choose one answer. Keys 1 to 4 pick an option; Enter checks it.",
  true_false: "True or false? Key 1 or T for true, 2 or F for false; Enter checks it.",
  cloze: "Type the missing words, then press Enter.",
  matching: "Pick a match for each item on the left.",
  ordering: "Use the arrow buttons to put the items in order, then check.",
};

export function QuizRunner({
  attemptId,
  initialItems,
  feedbackVisible,
}: {
  attemptId: string;
  initialItems: AttemptItemView[];
  feedbackVisible: boolean;
}) {
  const [items, setItems] = useState(initialItems);
  const firstOpen = initialItems.findIndex((i) => !i.answered);
  const [index, setIndex] = useState(firstOpen === -1 ? initialItems.length : firstOpen);
  const [responses, setResponses] = useState<Response[]>(() => initialItems.map(initialResponse));
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [finishing, startFinishing] = useTransition();
  const shownAt = useRef(0);
  const [justAnswered, setJustAnswered] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const focusedFor = useRef<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const item = items[index];
  const answeredCount = items.filter((i) => i.answered).length;
  const total = items.length;

  // The clock for FSRS's Hard/Easy starts when a question appears.
  useEffect(() => {
    shownAt.current = performance.now();
  }, [index]);

  const submit = useCallback(() => {
    if (!item || item.answered || pending) return;
    const response = responses[index] ?? null;
    if (!isReady(item, response)) {
      setError(item.kind === "matching" ? "Choose a match for every item first." : "Choose or type an answer first.");
      return;
    }
    const responseMs = Math.round(performance.now() - shownAt.current);
    setError(null);
    startTransition(async () => {
      try {
        const result = await submitAnswerAction({
          attemptId,
          position: item.position,
          response: response as string,
          responseMs,
        });
        if (result.status === "error") {
          setError(result.message);
          if (result.finished) window.location.reload();
          return;
        }
        setItems((all) => all.map((i) => (i.position === result.item.position ? result.item : i)));
        setJustAnswered(result.item.position);
      } catch {
        setError(
          "Your answer was not saved: the connection dropped. Check it and press Check answer again; it will be counted once.",
        );
      }
    });
  }, [attemptId, index, item, pending, responses]);

  // Once the feedback is on screen, Enter (or Space) on the focused button moves on. The answer can
  // commit before its transition ends; the check button was disabled meanwhile, and the browser may
  // drop its focus to the page a frame later, so the focus is put back then if nothing else took it.
  useEffect(() => {
    if (justAnswered === null || item?.position !== justAnswered || !item.answered) return;
    const lost = () => !document.activeElement || document.activeElement === document.body;
    if (focusedFor.current !== justAnswered || lost()) nextRef.current?.focus();
    focusedFor.current = justAnswered;
    const frame = requestAnimationFrame(() => lost() && nextRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [justAnswered, item, pending]);

  const goNext = useCallback(() => {
    setIndex((i) => i + 1);
    setError(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  }, []);

  const finish = () =>
    startFinishing(async () => {
      try {
        await finishAttemptAction(attemptId);
      } catch (e) {
        // A redirect is how a finished quiz moves on; anything else is a network failure.
        if (e && typeof e === "object" && "digest" in e) throw e;
        setError("Could not reach the server to finish. Check your connection and try again.");
      }
    });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!item || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement;
      // The report form under the feedback has its own fields and buttons.
      if (target.closest("[data-report-problem]")) return;
      const typing = target.matches("input[type=text], textarea, select");
      if (!item.answered && (item.kind === "single_choice" || item.kind === "true_false") && !typing) {
        let n = Number(e.key);
        if (item.kind === "true_false" && /^[tf]$/i.test(e.key)) n = e.key.toLowerCase() === "t" ? 1 : 2;
        if (n >= 1 && n <= item.choices.length) {
          e.preventDefault();
          const input = formRef.current?.querySelector<HTMLInputElement>(`input[data-choice-index="${n}"]`);
          input?.click();
          input?.focus();
          return;
        }
      }
      // A text field submits its form by itself; buttons and links act on Enter natively.
      if (e.key === "Enter" && !target.matches("button, a, textarea, select, input[type=text]")) {
        e.preventDefault();
        if (item.answered) goNext();
        else submit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [item, submit, goNext]);

  const percent = Math.round((answeredCount / Math.max(total, 1)) * 100);

  return (
    <div>
      <div className="flex items-center justify-between gap-3 text-sm font-medium text-stone-700 dark:text-stone-300">
        <span>{item ? `Question ${index + 1} of ${total}` : `All ${total} answered`}</span>
        <span>{answeredCount} answered</span>
      </div>
      <div
        role="progressbar"
        aria-label="Quiz progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answeredCount}
        aria-valuetext={`${answeredCount} of ${total} answered`}
        className="mt-2 h-2.5 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
      >
        {/* An SVG width, not a style attribute: the CSP allows no inline styles. */}
        <svg className="block h-full w-full" aria-hidden="true" focusable="false">
          <rect width={`${percent}%`} height="100%" rx="5" className="fill-brand-600 dark:fill-brand-500" />
        </svg>
      </div>

      {item ? (
        <form
          ref={formRef}
          key={item.position}
          aria-labelledby={`prompt-${item.position}`}
          className="card mt-6 p-5 sm:p-7"
          onSubmit={(e) => {
            e.preventDefault();
            if (item.answered) goNext();
            else submit();
          }}
          noValidate
        >
          <p className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
            {item.articleTitle}
          </p>
          <h2
            ref={headingRef}
            tabIndex={-1}
            id={`prompt-${item.position}`}
            className="mt-2 text-xl leading-snug font-semibold text-balance sm:text-2xl"
          >
            {item.prompt}
          </h2>
          {!item.answered && <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{KIND_HINT[item.kind]}</p>}
          <div className="mt-5">
            <AnswerInput
              item={item}
              value={responses[index] ?? null}
              onChange={(r) => setResponses((all) => all.map((x, i) => (i === index ? r : x)))}
              disabled={Boolean(item.answered) || pending}
              labelledBy={`prompt-${item.position}`}
            />
          </div>

          {error && (
            <p
              role="alert"
              className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm font-medium text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
            >
              {error}
            </p>
          )}

          <div role="region" aria-label="Feedback" aria-live="polite" className="mt-5 empty:hidden">
            {item.answered &&
              (item.answered.feedback ? (
                <FeedbackPanel feedback={item.answered.feedback} yourAnswer={item.answered.yourAnswer} />
              ) : (
                <p className="rounded-xl border-l-4 border-brand-600 bg-brand-50 p-4 font-medium dark:bg-brand-800/30">
                  Answer saved. {feedbackVisible ? "" : "Your results appear after the due date."}
                </p>
              ))}
          </div>

          <div className="mt-6 flex flex-wrap items-center justify-end gap-3">
            {item.answered ? (
              <button ref={nextRef} type="button" onClick={goNext} className="btn-primary min-w-40">
                {index + 1 < total ? "Next question" : "Finish"}
              </button>
            ) : (
              <button type="submit" className="btn-primary min-w-40" disabled={pending}>
                {pending ? "Checking…" : feedbackVisible ? "Check answer" : "Save answer"}
              </button>
            )}
          </div>
        </form>
      ) : (
        <div className="card mt-6 p-6 text-center sm:p-8">
          <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
            That was the last question
          </h2>
          <p className="mt-2 text-stone-700 dark:text-stone-300">
            Every answer is saved. See how you did, question by question.
          </p>
          {error && (
            <p role="alert" className="mt-4 text-sm font-medium text-red-800 dark:text-red-300">
              {error}
            </p>
          )}
          <button type="button" onClick={finish} disabled={finishing} className="btn-primary mt-5 min-w-48">
            {finishing ? "Opening results…" : "See your results"}
          </button>
        </div>
      )}
      {item?.answered?.feedback && (
        <ReportProblem
          // Not the bare position: the quiz form beside it in this list already has that key.
          key={`report-${item.position}`}
          attemptId={attemptId}
          position={item.position}
          reported={item.answered.feedback.reported}
        />
      )}
    </div>
  );
}
