"use client";

import { useActionState, useEffect, useRef } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { textValue } from "@/lib/form-state";
import { chooseAssignmentAction, createAndChooseAction, type PickState } from "../actions";

type Assignment = { id: string; title: string; questionCount: number };

/**
 * Posts the signed deep linking response back to the LMS at once, in this
 * frame, as LTI requires; the button is there if the automatic post is blocked.
 */
function ReturnToLms({ state }: { state: PickState }) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.submit(), []);
  return (
    <form ref={form} method="post" action={state.returnUrl} className="space-y-3">
      <input type="hidden" name="JWT" value={state.jwt} />
      <p role="status">“{state.title}” is ready. Returning to your LMS…</p>
      <button type="submit" className="btn-primary">
        Return to the LMS
      </button>
    </form>
  );
}

export function PickForms({ token, assignments, verb }: { token: string; assignments: Assignment[]; verb: string }) {
  const [chosen, choose, choosing] = useActionState<PickState, FormData>(chooseAssignmentAction, { status: "idle" });
  const [created, create, creating] = useActionState<PickState, FormData>(createAndChooseAction, { status: "idle" });
  const done = [chosen, created].find((s) => s.status === "ok" && s.returnUrl);
  if (done) return <ReturnToLms state={done} />;
  return (
    <div className="space-y-8">
      {assignments.length > 0 && (
        <form action={choose} className="space-y-3">
          <input type="hidden" name="token" value={token} />
          <FormMessage message={chosen.message} />
          <fieldset aria-describedby={chosen.fieldErrors?.assignmentId ? "assignment-error" : undefined}>
            <legend className="font-semibold">An assignment of this class</legend>
            <div className="mt-2 space-y-2">
              {assignments.map((a) => (
                <label key={a.id} className="flex items-center gap-2">
                  <input type="radio" name="assignmentId" value={a.id} />
                  {a.title}{" "}
                  <span className="text-sm text-stone-600 dark:text-stone-400">
                    ({a.questionCount} question{a.questionCount === 1 ? "" : "s"})
                  </span>
                </label>
              ))}
            </div>
            {chosen.fieldErrors?.assignmentId && (
              <p id="assignment-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
                {chosen.fieldErrors.assignmentId}
              </p>
            )}
          </fieldset>
          <button type="submit" className="btn-primary" disabled={choosing}>
            {verb}
          </button>
        </form>
      )}
      <form action={create} className="space-y-3" noValidate>
        <h2 className="font-semibold">{assignments.length > 0 ? "Or a new assignment" : "A new assignment"}</h2>
        <input type="hidden" name="token" value={token} />
        <FormMessage message={created.message} />
        <Field
          label="Title"
          name="title"
          defaultValue={textValue(created.values, "title")}
          error={created.fieldErrors?.title}
          maxLength={120}
        />
        <Field
          label="Number of questions"
          name="questionCount"
          type="number"
          defaultValue={textValue(created.values, "questionCount", "10")}
          error={created.fieldErrors?.questionCount}
          hint="Drawn from every article in the library, every kind of question."
        />
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="useAllGenerated"
            value="true"
            defaultChecked={textValue(created.values, "useAllGenerated") === "true"}
          />
          Use all generated questions (drafts too), not only approved ones
        </label>
        <button type="submit" className="btn-secondary" disabled={creating}>
          Create and {verb.toLowerCase()}
        </button>
      </form>
    </div>
  );
}
