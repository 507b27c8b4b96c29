/**
 * A small bar chart as inline SVG. Each bar may have a "highlight" part drawn
 * in the accent colour (e.g. answers right out of answers given). The numbers
 * are also given as a table for screen readers, which read that instead.
 */
export type Bar = { label: string; value: number; highlight?: number; title: string };

export function BarChart({
  bars,
  caption,
  highlightLabel,
  valueLabel,
}: {
  bars: Bar[];
  caption: string;
  highlightLabel?: string;
  valueLabel: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const w = 100 / Math.max(bars.length, 1);
  const H = 100;
  return (
    <figure>
      <svg viewBox={`0 0 100 ${H + 14}`} preserveAspectRatio="none" className="h-40 w-full" aria-hidden="true">
        <line
          x1="0"
          x2="100"
          y1={H}
          y2={H}
          strokeWidth="0.4"
          className="stroke-stone-300 dark:stroke-stone-700"
          vectorEffect="non-scaling-stroke"
        />
        {bars.map((b, i) => {
          const h = (b.value / max) * (H - 6);
          const hh = ((b.highlight ?? 0) / max) * (H - 6);
          const x = i * w + w * 0.18;
          return (
            <g key={b.label + i}>
              <title>{b.title}</title>
              <rect
                x={x}
                width={w * 0.64}
                y={H - h}
                height={h}
                rx="0.8"
                className="fill-stone-300 dark:fill-stone-700"
              />
              {hh > 0 && (
                <rect
                  x={x}
                  width={w * 0.64}
                  y={H - hh}
                  height={hh}
                  rx="0.8"
                  className="fill-brand-600 dark:fill-brand-500"
                />
              )}
            </g>
          );
        })}
      </svg>
      <div className="-mt-4 flex text-[11px] text-stone-600 dark:text-stone-400" aria-hidden="true">
        {bars.map((b, i) => (
          <span key={b.label + i} className="flex-1 text-center">
            {b.label}
          </span>
        ))}
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <span>{caption}</span>
        {highlightLabel && (
          <span className="inline-flex items-center gap-1.5">
            <span className="inline-block h-3 w-3 rounded-sm bg-brand-600 dark:bg-brand-500" aria-hidden="true" />
            {highlightLabel}
          </span>
        )}
      </figcaption>
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">{valueLabel}</th>
            {highlightLabel && <th scope="col">{highlightLabel}</th>}
          </tr>
        </thead>
        <tbody>
          {bars.map((b, i) => (
            <tr key={b.label + i}>
              <th scope="row">{b.title.split(":")[0]}</th>
              <td>{b.value}</td>
              {highlightLabel && <td>{b.highlight ?? 0}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
