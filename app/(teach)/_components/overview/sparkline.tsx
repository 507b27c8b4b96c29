import type { Trend } from "@/lib/teach/class-overview";

const TREND_WORD: Record<Trend, string> = { up: "up", down: "down", steady: "steady" };

/**
 * A student's scores in assignment order as a small line (percent of the maximum), gaps where no
 * attempt counts; the same figures are the table cells beside it, so the line is a summary only.
 */
export function Sparkline({
  percents,
  trend,
  fell,
  name,
}: {
  percents: (number | null)[];
  trend: Trend | null;
  /** On the "scores fell" list: drawn in red. */
  fell: boolean;
  name: string;
}) {
  const W = 96,
    H = 28,
    pad = 3;
  const n = percents.length;
  const x = (i: number) => (n <= 1 ? W / 2 : pad + (i * (W - 2 * pad)) / (n - 1));
  const y = (p: number) => H - pad - (p / 100) * (H - 2 * pad);
  const points = percents.flatMap((p, i) => (p === null ? [] : [[x(i), y(p)] as const]));
  const said = trend ? `scores going ${TREND_WORD[trend]}${fell ? ", fell" : ""}` : "scores so far";
  const label = `${name}: ${points.length ? said : "no scores yet"}`;
  return (
    <span className="inline-flex items-center gap-2">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label} className="shrink-0">
        <line
          x1={pad}
          x2={W - pad}
          y1={y(50)}
          y2={y(50)}
          strokeWidth={1}
          className="stroke-stone-200 dark:stroke-stone-700"
          strokeDasharray="2 2"
        />
        {points.length > 1 && (
          <polyline
            points={points.map(([px, py]) => `${px},${py}`).join(" ")}
            fill="none"
            strokeWidth={1.5}
            className={
              trend === "down" ? "stroke-red-600 dark:stroke-red-400" : "stroke-brand-600 dark:stroke-brand-200"
            }
          />
        )}
        {points.map(([px, py], i) => (
          <circle key={i} cx={px} cy={py} r={2.2} className="fill-stone-700 dark:fill-stone-200" />
        ))}
      </svg>
      {trend && (
        <span
          className={`text-xs ${fell ? "font-semibold text-red-800 dark:text-red-300" : "text-stone-600 dark:text-stone-400"}`}
        >
          {fell ? "fell" : TREND_WORD[trend]}
        </span>
      )}
    </span>
  );
}
