"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/form-fields";
import { QUESTION_KIND_LABEL, QUESTION_KINDS } from "@/lib/kinds";
import { startPracticeAction } from "../actions";
import type { FormState } from "@/lib/form-state";

const KINDS = QUESTION_KINDS.map((k) => [k, QUESTION_KIND_LABEL[k]] as const);

type ArticleChoice = { id: string; title: string; questions: number };

export function PracticeForm({ articles, preselected }: { articles: ArticleChoice[]; preselected: string | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(startPracticeAction, { status: "idle" });
  const [scope, setScope] = useState<"all" | "some">(preselected ? "some" : "all");
  const err = state.fieldErrors ?? {};
  return (
    <form action={action} className="card space-y-7 p-5 sm:p-7">
      <FormMessage message={state.message} />
      <fieldset aria-describedby={err.articleIds ? "articles-error" : undefined}>
        <legend className="text-lg font-semibold">Which articles?</legend>
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {(["all", "some"] as const).map((s) => (
            <label
              key={s}
              className="flex cursor-pointer items-center gap-3 rounded-xl border-2 border-stone-200 px-3.5 py-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-stone-700 dark:has-[:checked]:border-brand-200 dark:has-[:checked]:bg-brand-800/40"
            >
              <input
                type="radio"
                name="scope"
                value={s}
                checked={scope === s}
                onChange={() => setScope(s)}
                className="h-4 w-4 accent-brand-600"
              />
              <span className="font-medium">{s === "all" ? "Everything" : "Only the articles I pick"}</span>
            </label>
          ))}
        </div>
        <ul className="mt-3 space-y-1.5">
          {articles.map((a) => (
            <li key={a.id}>
              <label className="flex cursor-pointer items-start gap-3 rounded-lg px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800">
                <input
                  type="checkbox"
                  name="articleIds"
                  value={a.id}
                  defaultChecked={a.id === preselected}
                  onChange={(e) => e.target.checked && setScope("some")}
                  className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
                />
                <span>
                  {a.title}{" "}
                  <span className="text-sm text-stone-600 dark:text-stone-400">({a.questions} questions)</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {err.articleIds && (
          <p id="articles-error" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
            {err.articleIds}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend className="text-lg font-semibold">How many questions?</legend>
        <div className="mt-3 flex flex-wrap gap-2">
          {[5, 10, 20].map((n) => (
            <label
              key={n}
              className="cursor-pointer rounded-xl border-2 border-stone-200 px-5 py-2.5 font-semibold has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500 dark:border-stone-700 dark:has-[:checked]:border-brand-200 dark:has-[:checked]:bg-brand-800/40"
            >
              <input type="radio" name="length" value={n} defaultChecked={n === 10} className="sr-only" />
              {n}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset aria-describedby={err.kinds ? "kinds-error" : undefined}>
        <legend className="text-lg font-semibold">Kinds of question</legend>
        <div className="mt-3 grid gap-1.5 sm:grid-cols-2">
          {KINDS.map(([value, label]) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-3 rounded-lg px-2 py-1.5 hover:bg-stone-100 dark:hover:bg-stone-800"
            >
              <input type="checkbox" name="kinds" value={value} defaultChecked className="h-4 w-4 accent-brand-600" />
              {label}
            </label>
          ))}
        </div>
        {err.kinds && (
          <p id="kinds-error" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
            {err.kinds}
          </p>
        )}
      </fieldset>

      <button type="submit" className="btn-primary w-full px-5 py-3 text-base sm:w-auto" disabled={pending}>
        {pending ? "Preparing your quiz…" : "Start quiz"}
      </button>
    </form>
  );
}
