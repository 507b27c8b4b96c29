import Link from "next/link";
import { fmtMarks, fmtPct } from "@/lib/teach/format";
import type { StudentResult } from "@/lib/teach/results";
import { tableBody, tableHead } from "../page-header";
import { LateBadge } from "./late-badge";
import { StudentPager } from "../student-pager";

const PAGE_SIZE = 50;

/** Each student's counted score, 50 to a page, linking to their answers. */
export function StudentsTable({
  students,
  base,
  page: requested,
  maxScore,
}: {
  students: StudentResult[];
  base: string;
  page: number;
  maxScore: number;
}) {
  const k = maxScore;
  const pctOfMax = (v: number | null) => (v === null || k === 0 ? null : (100 * v) / k);
  const pages = Math.max(1, Math.ceil(students.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, requested));
  const shown = students.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <section aria-labelledby="students-heading" className="mt-12 scroll-mt-4 print:break-before-page" id="students">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="students-heading" className="text-xl font-semibold">
          Students{" "}
          <span className="text-base font-normal text-stone-600 tabular-nums dark:text-stone-400">
            ({students.length})
          </span>
        </h2>
        <p className="text-sm text-stone-600 dark:text-stone-400">Open a student to see every attempt and answer.</p>
      </div>
      <div className="card mt-4 overflow-x-auto">
        <table className="w-full text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
          <caption className="sr-only">
            Each student’s counted score{pages > 1 ? `, page ${page} of ${pages}` : ""}
          </caption>
          <thead className={tableHead}>
            <tr>
              <th scope="col" className="text-left font-medium">
                Student
              </th>
              <th scope="col" className="text-left font-medium">
                Status
              </th>
              <th scope="col" className="text-right font-medium">
                Attempts
              </th>
              <th scope="col" className="text-right font-medium">
                Score
              </th>
              <th scope="col" className="text-right font-medium">
                %
              </th>
            </tr>
          </thead>
          <tbody className={`${tableBody} [&_td]:tabular-nums`}>
            {shown.map((s) => (
              <tr key={s.userId}>
                <th scope="row" className="text-left font-medium">
                  <Link
                    href={`${base}/students/${s.userId}`}
                    className="text-brand-700 hover:underline dark:text-brand-200"
                  >
                    {s.name}
                  </Link>
                </th>
                <td>
                  {s.countedAttemptId ? "Finished" : s.inProgress ? "In progress" : "Not started"}
                  {s.countedAttemptId && s.late && <LateBadge />}
                </td>
                <td className="text-right">{s.attemptsUsed}</td>
                <td className="text-right">{s.total === null ? "—" : `${fmtMarks(s.total)} / ${k}`}</td>
                <td className="text-right">{fmtPct(s.total === null ? null : pctOfMax(s.total), 0)}</td>
              </tr>
            ))}
            {students.length === 0 && (
              <tr>
                <td colSpan={5} className="text-center text-stone-600 dark:text-stone-400">
                  No students in this class yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <StudentPager
        page={page}
        pageSize={PAGE_SIZE}
        total={students.length}
        href={(n) => `${base}?page=${n}#students`}
      />
    </section>
  );
}
