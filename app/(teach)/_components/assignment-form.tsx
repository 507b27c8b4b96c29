"use client";

import { useActionState, useState, useSyncExternalStore } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { QUESTION_KIND_LABEL, QUESTION_KINDS } from "@/lib/kinds";
import { listValue, textValue, type FormState } from "@/lib/form-state";
import { createAssignmentAction } from "../actions";
import { LateWorkFields } from "./late-work-fields";

type ArticleChoice = { id: string; title: string; approved: number; draft: number };
type Supply = Record<string, { approved: number; draft: number }>;

const KINDS = QUESTION_KINDS.map((k) => [k, QUESTION_KIND_LABEL[k]] as const);

const noSubscription = () => () => {};
const browserOffset = () => new Date().getTimezoneOffset();

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
      {error}
    </p>
  );
}

const legend = "text-sm font-semibold text-stone-900 dark:text-stone-100";
const choice = "flex items-start gap-2 text-sm";
const box = "mt-0.5 h-4 w-4 shrink-0 accent-brand-600";

export function AssignmentForm({
  classId,
  articles,
  supply,
}: {
  classId: string;
  articles: ArticleChoice[];
  supply: Supply;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(createAssignmentAction, { status: "idle" });
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  // The browser's offset, read after hydration (the server renders 0): dates are typed in local time.
  const tz = useSyncExternalStore(noSubscription, browserOffset, () => 0);
  const [scope, setScope] = useState<string>("all");
  // A refused submission comes back with the scope it was sent with.
  const [shownValues, setShownValues] = useState(state.values);
  if (shownValues !== state.values) {
    setShownValues(state.values);
    if (typeof v.scope === "string") setScope(v.scope);
  }
  const kinds = listValue(v, "kinds", ["single_choice", "true_false", "cloze"]);
  const picked = new Set(listValue(v, "articleIds"));
  const str = (k: string, d = "") => textValue(v, k, d);

  return (
    <form action={action} className="space-y-8" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="tzOffset" value={tz} />

      <Field
        label="Title"
        name="title"
        defaultValue={str("title")}
        error={e.title}
        maxLength={120}
        hint="Students see this, e.g. “Week 3: surveillance and the law”."
      />

      <fieldset aria-describedby={e.articleIds ? "articleIds-error" : undefined}>
        <legend className={legend}>Articles</legend>
        <div className="mt-2 space-y-2">
          <label className={choice}>
            <input
              type="radio"
              name="scope"
              value="all"
              className={box}
              checked={scope === "all"}
              onChange={() => setScope("all")}
            />
            All articles in the library
          </label>
          <label className={choice}>
            <input
              type="radio"
              name="scope"
              value="some"
              className={box}
              checked={scope === "some"}
              onChange={() => setScope("some")}
            />
            Only the articles I choose
          </label>
        </div>
        <ul
          className={`mt-3 space-y-2 rounded-xl border border-stone-200 p-3 dark:border-stone-800 ${scope === "some" ? "" : "hidden"}`}
        >
          {articles.map((a) => (
            <li key={a.id}>
              <label className={choice}>
                <input
                  type="checkbox"
                  name="articleIds"
                  value={a.id}
                  defaultChecked={picked.has(a.id)}
                  className={box}
                />
                <span>
                  {a.title}{" "}
                  <span className="text-stone-600 tabular-nums dark:text-stone-400">
                    ({a.approved} approved, {a.draft} draft)
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="articleIds-error" error={e.articleIds} />
      </fieldset>

      <fieldset aria-describedby={e.kinds ? "kinds-error" : undefined}>
        <legend className={legend}>Kinds of question</legend>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {KINDS.map(([value, label]) => (
            <li key={value}>
              <label className={choice}>
                <input
                  type="checkbox"
                  name="kinds"
                  value={value}
                  defaultChecked={kinds.includes(value)}
                  className={box}
                />
                <span>
                  {label}{" "}
                  <span className="text-stone-600 tabular-nums dark:text-stone-400">
                    ({supply[value]?.approved ?? 0} approved, {supply[value]?.draft ?? 0} draft)
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="kinds-error" error={e.kinds} />
      </fieldset>

      <div className="grid gap-6 sm:grid-cols-2">
        <Field
          label="Number of questions"
          name="questionCount"
          type="number"
          defaultValue={str("questionCount", "10")}
          error={e.questionCount}
        />
        <div className="sm:pt-7">
          <label className={choice}>
            <input
              type="checkbox"
              name="useAllGenerated"
              defaultChecked={str("useAllGenerated") === "on"}
              className={box}
              aria-describedby="useAll-hint"
            />
            <span>
              Use all generated questions
              <span id="useAll-hint" className="block text-stone-600 dark:text-stone-400">
                Drafts as well as approved questions (never retired ones, nor drafts held back for checking).
              </span>
            </span>
          </label>
        </div>
      </div>

      <div className="grid gap-6 sm:grid-cols-2">
        <Field
          label="Opens"
          name="opensAt"
          type="datetime-local"
          required={false}
          defaultValue={str("opensAt")}
          error={e.opensAt}
          hint="Leave empty to open now."
        />
        <Field
          label="Due"
          name="dueAt"
          type="datetime-local"
          required={false}
          defaultValue={str("dueAt")}
          error={e.dueAt}
          hint="Leave empty for no due date."
        />
      </div>
      <LateWorkFields value={str} errors={e} />

      <div>
        <label htmlFor="attemptsAllowed" className="field-label">
          Attempts allowed
        </label>
        <select
          id="attemptsAllowed"
          name="attemptsAllowed"
          defaultValue={str("attemptsAllowed", "1")}
          className="field-input sm:max-w-xs"
          aria-invalid={e.attemptsAllowed ? true : undefined}
          aria-describedby={e.attemptsAllowed ? "attemptsAllowed-error" : undefined}
        >
          <option value="1">1</option>
          <option value="2">2</option>
          <option value="3">3</option>
          <option value="5">5</option>
          <option value="10">10</option>
          <option value="">Unlimited</option>
        </select>
        <FieldError id="attemptsAllowed-error" error={e.attemptsAllowed} />
      </div>

      <div className="grid gap-6 sm:grid-cols-2">
        <fieldset aria-describedby={e.feedbackTiming ? "feedbackTiming-error" : undefined}>
          <legend className={legend}>Show answers and feedback</legend>
          <div className="mt-2 space-y-2">
            <label className={choice}>
              <input
                type="radio"
                name="feedbackTiming"
                value="immediate"
                defaultChecked={str("feedbackTiming", "immediate") === "immediate"}
                className={box}
              />
              Straight after each answer
            </label>
            <label className={choice}>
              <input
                type="radio"
                name="feedbackTiming"
                value="after_due"
                defaultChecked={str("feedbackTiming") === "after_due"}
                className={box}
              />
              After the assignment closes (the due date, or the end of late work)
            </label>
          </div>
          <FieldError id="feedbackTiming-error" error={e.feedbackTiming} />
        </fieldset>
        <fieldset>
          <legend className={legend}>Which attempt counts in results</legend>
          <div className="mt-2 space-y-2">
            {[
              ["first", "First attempt (recommended for item analysis)"],
              ["best", "Best attempt"],
              ["last", "Last attempt"],
            ].map(([value, label]) => (
              <label key={value} className={choice}>
                <input
                  type="radio"
                  name="attemptPolicy"
                  value={value}
                  defaultChecked={str("attemptPolicy", "first") === value}
                  className={box}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-6 dark:border-stone-800">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Assigning…" : "Assign quiz"}
        </button>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          The questions are fixed now, so every student answers the same ones.
        </p>
      </div>
    </form>
  );
}
