import Link from "next/link";

/** "← Previous · Students 51–100 of 240 · Next →" under a paged student table; nothing when one page holds them all. */
export function StudentPager(props: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const { page, pageSize, total, href } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Student pages" className="mt-3 flex items-center justify-between text-sm print:hidden">
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn-secondary px-3 py-1.5">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600 tabular-nums dark:text-stone-400">
        Students {(page - 1) * pageSize + 1}–{Math.min(page * pageSize, total)} of {total}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="btn-secondary px-3 py-1.5">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
