import { listAssignmentReports } from "@/db/queries/reports";
import { groupReports } from "@/lib/teach/reports";
import { ReportEntries } from "../question-reports";
import { curationHref } from "./links";

/** Questions students reported while taking this assignment, each with a link to resolve it on its curation page. */
export async function ReportedQuestions({ assignmentId }: { assignmentId: string }) {
  const groups = groupReports(await listAssignmentReports(assignmentId));
  const open = groups.reduce((n, g) => n + g.open, 0);
  return (
    <section aria-labelledby="reported-heading" className="mt-12 print:break-before-page">
      <h2 id="reported-heading" className="text-xl font-semibold">
        Reported by students{" "}
        <span className="text-base font-normal text-stone-600 tabular-nums dark:text-stone-400">({open} open)</span>
      </h2>
      {groups.length === 0 ? (
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">No student has reported a question.</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {groups.map((g) => (
            <li key={g.questionId} className="card p-4">
              <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
                <p className="min-w-0 flex-1 font-medium">{g.prompt}</p>
                <a
                  href={curationHref(g)}
                  className="shrink-0 text-sm font-semibold text-brand-700 hover:underline dark:text-brand-200"
                >
                  Resolve it at its source<span className="sr-only">: {g.prompt}</span> →
                </a>
              </div>
              <ReportEntries reports={g.reports} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
