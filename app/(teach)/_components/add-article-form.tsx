"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-fields";
import { FACT_KIND_LABEL, QUESTION_KIND_LABEL } from "@/lib/kinds";
import { CONTENT_LIMITS_TEXT } from "@/lib/teach/content-limits";
import { addArticleAction, saveArticleAction, type AddArticleState } from "../content-actions";

const EXAMPLE = `---
title: "The headline of the article"
source: The publication
published: 2024-05-01
---
The article text, paragraph by paragraph…`;

export function AddArticleForm() {
  const [state, action, pending] = useActionState<AddArticleState, FormData>(addArticleAction, { status: "idle" });
  const [saved, save, saving] = useActionState<AddArticleState, FormData>(saveArticleAction, { status: "idle" });
  const e = state.fieldErrors ?? {};
  const preview = state.status === "ok" ? state.preview : undefined;
  return (
    <div className="space-y-8">
      <form action={action} className="card space-y-5 p-6" noValidate>
        <FormMessage message={state.message} />
        <div>
          <label htmlFor="text" className="field-label">
            Article text
          </label>
          <textarea
            id="text"
            name="text"
            rows={12}
            defaultValue={(state.values?.text as string | undefined) ?? ""}
            placeholder={EXAMPLE}
            aria-invalid={e.text ? true : undefined}
            aria-describedby={e.text ? "text-error" : "text-hint"}
            className="field-input font-mono text-sm"
          />
          {e.text ? (
            <p id="text-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {e.text}
            </p>
          ) : (
            <p id="text-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              Front matter (title, source, url, published) is optional; without it the title is taken from the text.{" "}
              {CONTENT_LIMITS_TEXT}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="file" className="field-label">
            Or upload a file (.md or .txt, UTF-8)
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".md,.txt,text/markdown,text/plain"
            aria-invalid={e.file ? true : undefined}
            aria-describedby={e.file ? "file-error" : undefined}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:font-semibold file:text-stone-800 dark:file:bg-stone-800 dark:file:text-stone-100"
          />
          {e.file && (
            <p id="file-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {e.file}
            </p>
          )}
        </div>
        <button type="submit" name="intent" value="preview" className="btn-primary" disabled={pending}>
          {pending ? "Reading the article…" : "Check article"}
        </button>
      </form>

      {preview && (
        <section aria-labelledby="preview-heading" className="space-y-6">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <p className="text-sm font-medium text-brand-700 dark:text-brand-200">Preview: nothing is saved yet</p>
              <h2 id="preview-heading" className="text-2xl font-bold tracking-tight">
                {preview.title}
              </h2>
              <p className="mt-1 text-sm text-stone-700 tabular-nums dark:text-stone-300">
                {preview.facts.length} facts · {preview.questions.length} draft questions
              </p>
            </div>
            <form action={save}>
              <FormMessage message={saved.message} />
              <input type="hidden" name="text" value={state.text ?? ""} />
              <input type="hidden" name="fileName" value={state.fileName ?? ""} />
              <input type="hidden" name="fromFile" value={state.fromFile ? "1" : "0"} />
              <button type="submit" className="btn-primary" disabled={pending || saving}>
                {saving ? "Adding…" : "Add to library"}
              </button>
            </form>
          </div>
          <div className="grid gap-6 lg:grid-cols-2">
            <div className="card p-5">
              <h3 className="font-semibold">Facts found</h3>
              {preview.facts.length === 0 ? (
                <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
                  No facts found: this article will not give any questions.
                </p>
              ) : (
                <ul className="mt-3 space-y-3 text-sm">
                  {preview.facts.map((f, i) => (
                    <li key={i}>
                      <span className="mr-2 rounded-full bg-stone-100 px-2 py-0.5 text-xs font-semibold dark:bg-stone-800">
                        {FACT_KIND_LABEL[f.kind]}
                      </span>
                      {f.text}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="card p-5">
              <h3 className="font-semibold">Draft questions</h3>
              <ul className="mt-3 space-y-3 text-sm">
                {preview.questions.map((q, i) => (
                  <li key={i}>
                    <p className="font-medium">{q.prompt}</p>
                    <p className="text-xs text-stone-600 dark:text-stone-400">
                      {QUESTION_KIND_LABEL[q.kind]} · from a
                      {q.factKind === "acronym" || q.factKind === "event" ? "n" : ""} {q.factKind}: “
                      {q.sentence.length > 140 ? `${q.sentence.slice(0, 138)}…` : q.sentence}”
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
