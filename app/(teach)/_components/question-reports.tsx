import { LocalTime } from "@/components/local-time";
import { listArticleReports } from "@/db/queries/reports";
import { REPORT_REASON_LABEL, REPORT_RESOLUTION_LABEL } from "@/lib/kinds";
import { groupReports, type ReportEntry } from "@/lib/teach/reports";
import { dismissReportsAction } from "../content-actions";

const BADGE = {
  open: "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  resolved: "bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100",
};

/** Students' reports on one question: why, who, which version, and how an instructor closed each. */
export function ReportEntries({ reports }: { reports: ReportEntry[] }) {
  return (
    <ul className="mt-2 space-y-2 text-sm">
      {reports.map((r) => (
        <li key={r.id}>
          <span
            className={`mr-2 rounded-full px-2 py-0.5 text-xs font-semibold ${r.resolution ? BADGE.resolved : BADGE.open}`}
          >
            {r.resolution ? REPORT_RESOLUTION_LABEL[r.resolution] : "Open"}
          </span>
          <span className="font-semibold">{REPORT_REASON_LABEL[r.reason]}</span>
          <span className="text-stone-700 dark:text-stone-300">
            {" "}
            · {r.student} · version {r.version} · <LocalTime date={r.createdAt} />
          </span>
          {r.comment && (
            <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 whitespace-pre-line text-stone-800 dark:border-stone-600 dark:text-stone-200">
              {r.comment}
            </blockquote>
          )}
          {r.resolution && r.resolvedAt && (
            <p className="mt-1 text-stone-700 dark:text-stone-300">
              Closed by {r.resolvedBy ?? "a former instructor"}, <LocalTime date={r.resolvedAt} />.
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The curation page's list of reported questions of this article, as far as
 * this instructor sees them (db/queries/reports.ts): each links to its card
 * below, where editing or retiring it resolves the reports, or dismisses them here.
 */
export async function ArticleReports({ articleId, instructorId }: { articleId: string; instructorId: string }) {
  const groups = groupReports(await listArticleReports({ articleId, instructorId }));
  if (groups.length === 0) return null;
  const open = groups.reduce((n, g) => n + g.open, 0);
  return (
    <section aria-labelledby="reports-heading" className="mb-8">
      <h2 id="reports-heading" className="text-xl font-semibold">
        Reported by students{" "}
        <span className="text-base font-normal text-stone-600 tabular-nums dark:text-stone-400">({open} open)</span>
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        Editing a question (a new version) or retiring it resolves its reports; dismissing them keeps it as it is. A
        student&apos;s reported question stays out of their practice and review until then.
      </p>
      <ul className="mt-4 space-y-3">
        {groups.map((g) => (
          <li key={g.questionId} className="card p-4">
            <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
              <p className="min-w-0 flex-1 font-medium">{g.prompt}</p>
              <a
                href={`#q-${g.questionId}`}
                className="shrink-0 text-sm font-semibold text-brand-700 hover:underline dark:text-brand-200"
              >
                Go to the question<span className="sr-only">: {g.prompt}</span>
              </a>
            </div>
            <ReportEntries reports={g.reports} />
            {g.open > 0 && (
              <form action={dismissReportsAction} className="mt-3">
                <input type="hidden" name="questionId" value={g.questionId} />
                <button type="submit" className="btn-secondary px-3 py-1.5">
                  Dismiss {g.open === 1 ? "the open report" : `the ${g.open} open reports`}
                  <span className="sr-only">: {g.prompt}</span>
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
