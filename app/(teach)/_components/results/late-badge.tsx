/** Marks work finished after the due date (late work the assignment accepted). */
export function LateBadge() {
  return (
    <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">
      Late
    </span>
  );
}
