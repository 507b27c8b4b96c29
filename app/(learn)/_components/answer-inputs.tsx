"use client";

import { useRef, useState } from "react";
import type { AttemptItemView, Choice } from "@/db/queries/attempt-view";

export type Response = string | boolean | string[] | Record<string, string> | null;

export function initialResponse(item: AttemptItemView): Response {
  if (item.answered) return item.answered.response as Response;
  if (item.kind === "ordering") return item.items.map((i) => i.id);
  if (item.kind === "matching") return {};
  if (item.kind === "cloze") return "";
  return null;
}

export function isReady(item: AttemptItemView, r: Response): boolean {
  switch (item.kind) {
    case "single_choice":
    case "true_false":
      return r !== null && r !== "";
    case "cloze":
      return typeof r === "string" && r.trim().length > 0;
    case "matching":
      return (
        typeof r === "object" &&
        r !== null &&
        !Array.isArray(r) &&
        item.left.every((l) => Boolean((r as Record<string, string>)[l.id]))
      );
    case "ordering":
      return Array.isArray(r) && r.length === item.items.length;
  }
}

type InputProps = {
  item: AttemptItemView;
  value: Response;
  onChange: (r: Response) => void;
  disabled: boolean;
  labelledBy: string;
};

export function AnswerInput(props: InputProps) {
  switch (props.item.kind) {
    case "single_choice":
    case "true_false":
      return <ChoiceInput {...props} />;
    case "cloze":
      return <ClozeInput {...props} />;
    case "matching":
      return <MatchingInput {...props} />;
    case "ordering":
      return <OrderingInput {...props} />;
  }
}

function choiceValue(item: AttemptItemView, c: Choice): string | boolean {
  return item.kind === "true_false" ? c.id === "true" : c.id;
}

function ChoiceInput({ item, value, onChange, disabled, labelledBy }: InputProps) {
  const right = item.answered?.feedback?.correctAnswer[0];
  return (
    <div role="radiogroup" aria-labelledby={labelledBy} className="grid gap-2.5">
      {item.choices.map((c, i) => {
        const v = choiceValue(item, c);
        const checked = value === v;
        const isRight = disabled && right !== undefined && c.text === right;
        const isWrongPick = disabled && checked && right !== undefined && c.text !== right;
        return (
          <label
            key={c.id}
            className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border-2 px-3.5 py-3 text-base transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500 ${
              isRight
                ? "border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/50"
                : isWrongPick
                  ? "border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950/50"
                  : checked
                    ? "border-brand-600 bg-brand-50 dark:border-brand-200 dark:bg-brand-800/40"
                    : "border-stone-200 bg-white hover:border-stone-400 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-stone-500"
            } ${disabled ? "cursor-default" : ""}`}
          >
            <input
              type="radio"
              name={`q${item.position}`}
              value={c.id}
              checked={checked}
              disabled={disabled}
              onChange={() => onChange(v)}
              data-choice-index={i + 1}
              className="sr-only"
            />
            <kbd
              aria-hidden="true"
              className={`grid h-7 w-7 shrink-0 place-items-center rounded-md font-sans text-sm font-semibold ${
                checked
                  ? "bg-brand-600 text-white dark:bg-brand-200 dark:text-stone-950"
                  : "bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-300"
              }`}
            >
              {i + 1}
            </kbd>
            <span className="flex-1">{c.text}</span>
            {isRight && (
              <span className="text-sm font-semibold text-emerald-800 dark:text-emerald-300">Right answer</span>
            )}
            {isWrongPick && <span className="text-sm font-semibold text-red-800 dark:text-red-300">Your answer</span>}
          </label>
        );
      })}
    </div>
  );
}

function ClozeInput({ item, value, onChange, disabled }: InputProps) {
  const id = `cloze-${item.position}`;
  return (
    <div>
      <label htmlFor={id} className="field-label">
        Your answer
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        maxLength={200}
        value={typeof value === "string" ? value : ""}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        className="field-input text-lg"
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="mt-1.5 text-sm text-stone-600 dark:text-stone-400">
        Capitals, punctuation and a one-letter slip in a longer word do not count against you.
      </p>
    </div>
  );
}

function MatchingInput({ item, value, onChange, disabled, labelledBy }: InputProps) {
  const map = value && typeof value === "object" && !Array.isArray(value) ? value : {};
  return (
    <div role="group" aria-labelledby={labelledBy} className="grid gap-3">
      {item.left.map((l) => {
        const id = `match-${item.position}-${l.id}`;
        return (
          <div
            key={l.id}
            className="grid gap-1.5 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.6fr)] sm:items-center sm:gap-4"
          >
            <label htmlFor={id} className="font-semibold">
              {l.text}
            </label>
            <select
              id={id}
              value={map[l.id] ?? ""}
              disabled={disabled}
              onChange={(e) => onChange({ ...map, [l.id]: e.target.value })}
              className="field-input mt-0"
            >
              <option value="">Choose…</option>
              {item.right.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

function OrderingInput({ item, value, onChange, disabled, labelledBy }: InputProps) {
  const order = Array.isArray(value) ? value : item.items.map((i) => i.id);
  const byId = new Map(item.items.map((i) => [i.id, i]));
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const target = index + by;
    if (target < 0 || target >= next.length) return;
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
    const id = next[target]!;
    setAnnouncement(`${byId.get(id)?.text ?? ""}: now ${target + 1} of ${next.length}.`);
    // Keep focus on the item that moved, on the button that can move it further.
    const edge = (by === -1 && target === 0) || (by === 1 && target === next.length - 1);
    requestAnimationFrame(() => buttons.current.get(`${id}:${edge ? -by : by}`)?.focus());
  };
  return (
    <div>
      <ol aria-labelledby={labelledBy} className="grid gap-2.5">
        {order.map((id, index) => {
          const text = byId.get(id)?.text ?? id;
          return (
            <li
              key={id}
              className="flex items-center gap-3 rounded-xl border-2 border-stone-200 bg-white px-3 py-2.5 dark:border-stone-700 dark:bg-stone-900"
            >
              <span
                aria-hidden="true"
                className="grid h-7 w-7 shrink-0 place-items-center rounded-md bg-stone-100 text-sm font-semibold dark:bg-stone-800"
              >
                {index + 1}
              </span>
              <span className="flex-1">{text}</span>
              {!disabled && (
                <span className="flex shrink-0 gap-1">
                  {([-1, 1] as const).map((by) => (
                    <button
                      key={by}
                      type="button"
                      ref={(el) => {
                        buttons.current.set(`${id}:${by}`, el);
                      }}
                      onClick={() => move(index, by)}
                      disabled={by === -1 ? index === 0 : index === order.length - 1}
                      aria-label={`Move “${text}” ${by === -1 ? "up" : "down"}`}
                      className="grid h-10 w-10 place-items-center rounded-lg border border-stone-300 text-stone-700 hover:bg-stone-100 disabled:opacity-30 dark:border-stone-600 dark:text-stone-200 dark:hover:bg-stone-800"
                    >
                      <svg
                        aria-hidden="true"
                        viewBox="0 0 20 20"
                        className="h-5 w-5"
                        fill="none"
                        stroke="currentColor"
                        strokeWidth="2"
                      >
                        <path
                          d={by === -1 ? "M5 12l5-5 5 5" : "M5 8l5 5 5-5"}
                          strokeLinecap="round"
                          strokeLinejoin="round"
                        />
                      </svg>
                    </button>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
