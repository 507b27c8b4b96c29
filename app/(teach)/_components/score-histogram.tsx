import type { HistogramBin } from "@/lib/stats";
import { fmtMarks } from "@/lib/teach/format";

/** Score distribution as an SVG bar chart, with the same numbers as a table for screen readers. */
export function ScoreHistogram({ bins, maxScore, title }: { bins: HistogramBin[]; maxScore: number; title: string }) {
  const W = 640,
    H = 240,
    left = 36,
    bottom = 40,
    top = 16,
    right = 8;
  const plotW = W - left - right,
    plotH = H - top - bottom;
  const peakCount = Math.max(1, ...bins.map((b) => b.count));
  // Round tick steps (1, 2, 5, 10, 20, 50…), about four of them.
  const raw = peakCount / 4;
  const mag = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const peak = Math.ceil(peakCount / step) * step;
  const ticks = Array.from({ length: peak / step + 1 }, (_, i) => i * step);
  const bw = plotW / bins.length;
  const label = (b: HistogramBin) => `${fmtMarks(b.from)}–${fmtMarks(b.to)}`;
  const total = bins.reduce((s, b) => s + b.count, 0);
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="hist-title hist-desc" className="h-auto w-full">
        <title id="hist-title">{title}</title>
        <desc id="hist-desc">
          {bins.map((b) => `${label(b)} marks: ${b.count} student${b.count === 1 ? "" : "s"}`).join("; ")}.
        </desc>
        {ticks.map((t) => {
          const y = top + plotH - (t / peak) * plotH;
          return (
            <g key={t}>
              <line
                x1={left}
                x2={W - right}
                y1={y}
                y2={y}
                className="stroke-stone-200 dark:stroke-stone-800"
                strokeWidth={1}
              />
              <text
                x={left - 6}
                y={y + 4}
                textAnchor="end"
                className="fill-stone-600 text-[11px] tabular-nums dark:fill-stone-400"
              >
                {t}
              </text>
            </g>
          );
        })}
        {bins.map((b, i) => {
          const h = (b.count / peak) * plotH;
          const x = left + i * bw;
          return (
            <g key={i}>
              <rect
                x={x + 3}
                y={top + plotH - h}
                width={Math.max(1, bw - 6)}
                height={h}
                rx={3}
                className="fill-brand-500"
              />
              {b.count > 0 && (
                <text
                  x={x + bw / 2}
                  y={top + plotH - h - 4}
                  textAnchor="middle"
                  className="fill-stone-800 text-[11px] font-semibold tabular-nums dark:fill-stone-200"
                >
                  {b.count}
                </text>
              )}
              <text
                x={x + bw / 2}
                y={H - bottom + 16}
                textAnchor="middle"
                className="fill-stone-600 text-[11px] tabular-nums dark:fill-stone-400"
              >
                {label(b)}
              </text>
            </g>
          );
        })}
        <text
          x={left + plotW / 2}
          y={H - 4}
          textAnchor="middle"
          className="fill-stone-600 text-[11px] dark:fill-stone-400"
        >
          Score (marks out of {fmtMarks(maxScore)}) · {total} student{total === 1 ? "" : "s"}
        </text>
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-200">Show as a table</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left font-medium">
                Marks
              </th>
              <th scope="col" className="text-right font-medium">
                Students
              </th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b, i) => (
              <tr key={i}>
                <th scope="row" className="pr-6 text-left font-normal tabular-nums">
                  {label(b)}
                </th>
                <td className="text-right tabular-nums">{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
