/** A score as a ring: the share of the circle filled, with the percentage in the middle. */
export function ScoreRing({ value, size = 120 }: { value: number; size?: number }) {
  const r = 42;
  const c = 2 * Math.PI * r;
  const v = Math.max(0, Math.min(1, value));
  return (
    <svg
      viewBox="0 0 100 100"
      width={size}
      height={size}
      role="img"
      aria-label={`${Math.round(v * 100)} percent`}
      className="shrink-0"
    >
      <circle cx="50" cy="50" r={r} fill="none" strokeWidth="10" className="stroke-stone-200 dark:stroke-stone-800" />
      <circle
        cx="50"
        cy="50"
        r={r}
        fill="none"
        strokeWidth="10"
        strokeLinecap="round"
        strokeDasharray={`${c * v} ${c}`}
        transform="rotate(-90 50 50)"
        className={
          v >= 0.8
            ? "stroke-emerald-600 dark:stroke-emerald-400"
            : v >= 0.5
              ? "stroke-brand-600 dark:stroke-brand-500"
              : "stroke-amber-500"
        }
      />
      <text x="50" y="50" textAnchor="middle" dominantBaseline="central" className="fill-current text-[22px] font-bold">
        {Math.round(v * 100)}%
      </text>
    </svg>
  );
}
