import Link from "next/link";

export type Crumb = { href: string; label: string };

export function PageHeader({
  crumbs = [],
  eyebrow,
  title,
  children,
  actions,
}: {
  crumbs?: Crumb[];
  eyebrow?: string;
  title: string;
  children?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <header className="mb-8">
      {crumbs.length > 0 && (
        <nav aria-label="Breadcrumb" className="mb-3 text-sm">
          <ol className="flex flex-wrap items-center gap-1 text-stone-600 dark:text-stone-400">
            {crumbs.map((c, i) => (
              <li key={c.href} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden="true">/</span>}
                <Link href={c.href} className="font-medium text-brand-700 hover:underline dark:text-brand-200">
                  {c.label}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          {eyebrow && <p className="text-sm font-medium text-brand-700 dark:text-brand-200">{eyebrow}</p>}
          <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance">{title}</h1>
          {children && <div className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{children}</div>}
        </div>
        {actions && <div className="flex flex-wrap gap-2 print:hidden">{actions}</div>}
      </div>
    </header>
  );
}

export function Stat({ label, value, hint }: { label: string; value: React.ReactNode; hint?: string }) {
  return (
    <div className="card p-4">
      <dt className="text-sm text-stone-600 dark:text-stone-400">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
      {hint && <dd className="mt-0.5 text-xs text-stone-600 dark:text-stone-400">{hint}</dd>}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-2xl border border-dashed border-stone-300 px-6 py-10 text-center dark:border-stone-700">
      <p className="font-semibold">{title}</p>
      {children && (
        <div className="mx-auto mt-1 max-w-prose text-sm text-stone-600 dark:text-stone-400">{children}</div>
      )}
    </div>
  );
}

export const th = "px-3 py-2.5 text-left font-medium";
export const thNum = "px-3 py-2.5 text-right font-medium";
export const td = "px-3 py-2.5 text-left align-top";
export const tdNum = "px-3 py-2.5 text-right align-top tabular-nums";
export const tableHead =
  "border-b border-stone-200 bg-stone-50 text-stone-600 dark:border-stone-800 dark:bg-stone-900/60 dark:text-stone-400";
export const tableBody = "divide-y divide-stone-200 dark:divide-stone-800";
