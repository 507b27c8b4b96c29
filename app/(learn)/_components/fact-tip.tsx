"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";

/**
 * A marked word in the article that explains itself: on hover, on keyboard
 * focus and on tap. Screen readers get the note as the button's description
 * (`describedBy` names a hidden element outside the article, so copying or
 * searching the article's text never picks up notes); sighted readers get a
 * popover, drawn only while open. Escape hides it (WCAG 1.4.13), and so does
 * tapping elsewhere.
 */
export function FactTip({
  children,
  note,
  heading,
  tone = "term",
  label,
  describedBy,
}: {
  children: React.ReactNode;
  note: string;
  heading?: string;
  tone?: "term" | "speaker";
  label?: string;
  describedBy: string;
}) {
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [shift, setShift] = useState(0);
  const wrap = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const open = (hover || focus || pinned) && !dismissed;

  useLayoutEffect(() => {
    if (!open || !tip.current) return;
    const r = tip.current.getBoundingClientRect();
    const margin = 8;
    const over = r.right - shift - (window.innerWidth - margin);
    const under = margin - (r.left - shift);
    setShift(over > 0 ? -over : under > 0 ? under : 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  useEffect(() => {
    if (!pinned) return;
    const away = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setPinned(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [pinned]);

  return (
    <span
      ref={wrap}
      className="relative"
      onMouseEnter={() => {
        setHover(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHover(false)}
    >
      <button
        type="button"
        aria-describedby={describedBy}
        aria-expanded={open}
        aria-label={label}
        onFocus={() => {
          setFocus(true);
          setDismissed(false);
        }}
        onBlur={() => setFocus(false)}
        onClick={() => {
          setPinned((p) => !(p && !dismissed));
          setDismissed(false);
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape" && open) {
            e.stopPropagation();
            setDismissed(true);
            setPinned(false);
          }
        }}
        className={
          tone === "term"
            ? "cursor-help rounded-sm bg-brand-50 px-0.5 text-inherit underline decoration-brand-600 decoration-dotted decoration-2 underline-offset-4 hover:bg-brand-100 dark:bg-brand-800/40 dark:decoration-brand-200 dark:hover:bg-brand-800/70"
            : "mx-0.5 inline-grid h-6 w-6 translate-y-[-0.1em] cursor-help place-items-center rounded-full border border-brand-600 align-middle font-sans text-xs font-bold text-brand-700 hover:bg-brand-50 dark:border-brand-200 dark:text-brand-200 dark:hover:bg-brand-800/50"
        }
      >
        {children}
      </button>
      {open && (
        <span
          ref={tip}
          role="tooltip"
          style={{ transform: `translateX(${shift}px)` }}
          className="absolute top-full left-0 z-20 mt-1.5 block w-max max-w-[min(20rem,85vw)] rounded-lg border border-stone-200 bg-white px-3 py-2 font-sans text-sm leading-snug text-stone-800 shadow-lg dark:border-stone-700 dark:bg-stone-800 dark:text-stone-100"
        >
          {heading && <span className="block font-semibold">{heading}</span>}
          {note}
        </span>
      )}
    </span>
  );
}
