import type { ClassOverview } from "@/lib/teach/class-overview";
import { fmtPct } from "@/lib/teach/format";
import { tableBody, tableHead } from "../page-header";
import { Sparkline } from "./sparkline";
import { StudentPager } from "../student-pager";

const PAGE_SIZE = 50;

/** Each student's counted score on every assignment, in order, with the trend; 50 to a page. */
export function StudentsOverTime({
  overview,
  classId,
  page: requested,
}: {
  overview: ClassOverview;
  classId: string;
  page: number;
}) {
  const { students, assignments } = overview;
  const pages = Math.max(1, Math.ceil(students.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, requested));
  const shown = students.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const href = (p: number) => `/teach/classes/${classId}/overview?page=${p}#students-over-time`;
  return (
    <section
      aria-labelledby="series-heading"
      id="students-over-time"
      className="mt-10 scroll-mt-4 print:break-before-page"
    >
      <h2 id="series-heading" className="text-xl font-semibold">
        Each student over time
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        The score each assignment counts (its attempt policy), as a percentage of its maximum, oldest first.
      </p>
      <div className="card mt-4 overflow-x-auto">
        <table className="w-full text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
          <caption className="sr-only">
            Scores per student and assignment{pages > 1 ? `, page ${page} of ${pages}` : ""}
          </caption>
          <thead className={tableHead}>
            <tr>
              <th scope="col" className="text-left font-medium">
                Student
              </th>
              {assignments.map((a) => (
                <th key={a.id} scope="col" className="max-w-40 text-right font-medium">
                  {a.title}
                </th>
              ))}
              <th scope="col" className="text-left font-medium">
                Trend
              </th>
            </tr>
          </thead>
          <tbody className={`${tableBody} [&_td]:tabular-nums`}>
            {shown.map((s) => (
              <tr key={s.userId}>
                <th scope="row" className="text-left font-medium whitespace-nowrap">
                  {s.name}
                </th>
                {s.percents.map((p, i) => (
                  <td key={assignments[i]!.id} className="text-right">
                    {p === null ? <span className="text-stone-500 dark:text-stone-400">—</span> : fmtPct(p, 0)}
                  </td>
                ))}
                <td>
                  <Sparkline percents={s.percents} trend={s.trend} fell={s.fell !== null} name={s.name} />
                </td>
              </tr>
            ))}
            {students.length === 0 && (
              <tr>
                <td colSpan={assignments.length + 2} className="text-center text-stone-600 dark:text-stone-400">
                  No students in this class yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <StudentPager page={page} pageSize={PAGE_SIZE} total={students.length} href={href} />
    </section>
  );
}
