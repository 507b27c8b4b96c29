import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import type { ClassOverview } from "@/lib/teach/class-overview";
import { POLICY_LABEL } from "@/lib/teach/attempt-policy";
import { fmtPct } from "@/lib/teach/format";
import { tableBody, tableHead, td, tdNum, th, thNum } from "../page-header";

/** Per assignment, in order: who finished it, the class mean, and which attempt counts. */
export function Completion({ overview, classId }: { overview: ClassOverview; classId: string }) {
  return (
    <section aria-labelledby="completion-heading" className="mt-10">
      <h2 id="completion-heading" className="text-xl font-semibold">
        Completion per assignment
      </h2>
      <div className="card mt-4 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Completion and mean score per assignment, oldest first</caption>
          <thead className={tableHead}>
            <tr>
              <th scope="col" className={th}>
                Assignment
              </th>
              <th scope="col" className={th}>
                Due
              </th>
              <th scope="col" className={th}>
                Counts
              </th>
              <th scope="col" className={thNum}>
                Finished
              </th>
              <th scope="col" className={th}>
                <span className="sr-only">Completion chart</span>
              </th>
              <th scope="col" className={thNum}>
                Mean score
              </th>
            </tr>
          </thead>
          <tbody className={tableBody}>
            {overview.assignments.map((a) => (
              <tr key={a.id}>
                <th scope="row" className={`${td} font-medium`}>
                  <Link
                    href={`/teach/classes/${classId}/assignments/${a.id}`}
                    className="text-brand-700 hover:underline dark:text-brand-200"
                  >
                    {a.title}
                  </Link>
                  {a.open && (
                    <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800 dark:bg-brand-800/40 dark:text-brand-100">
                      open
                    </span>
                  )}
                </th>
                <td className={`${td} whitespace-nowrap`}>
                  {a.dueAt ? <LocalTime date={a.dueAt} withTime={false} /> : "No due date"}
                </td>
                <td className={td}>{POLICY_LABEL[a.policy]}</td>
                <td className={tdNum}>
                  {a.finished} / {a.enrolled}
                </td>
                <td className={`${td} w-40`}>
                  <svg viewBox="0 0 100 10" width={140} height={14} aria-hidden="true">
                    <rect x={0} y={1} width={100} height={8} rx={4} className="fill-stone-200 dark:fill-stone-800" />
                    <rect x={0} y={1} width={a.completion ?? 0} height={8} rx={4} className="fill-brand-500" />
                  </svg>
                  <span className="ml-1 text-xs text-stone-600 tabular-nums dark:text-stone-400">
                    {fmtPct(a.completion, 0)}
                  </span>
                </td>
                <td className={tdNum}>{fmtPct(a.meanPercent, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
