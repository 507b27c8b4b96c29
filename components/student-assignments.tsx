import Link from "next/link";
import { listOpenAssignmentsForStudent } from "@/db/queries/assignments";
import { closesAt, isLate } from "@/lib/teach/deadline";
import { LocalTime } from "./local-time";

/** The student's open assignments, soonest due first; nothing at all when they are in no class. */
export async function StudentAssignments({ userId }: { userId: string }) {
  const now = new Date();
  const list = await listOpenAssignmentsForStudent(userId, now);
  return (
    <section aria-labelledby="assignments-heading" className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Your assignments
        </h2>
        <Link href="/join" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-200">
          Join a class
        </Link>
      </div>
      {list.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          Nothing to do right now. Assignments from your classes appear here.
        </p>
      ) : (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {list.map((a) => {
            const done = a.finished;
            const left = a.attemptsAllowed === null ? null : a.attemptsAllowed - a.attemptsUsed;
            return (
              <li key={a.id} className="card flex flex-col p-4">
                <p className="text-xs font-medium text-stone-600 dark:text-stone-400">{a.className}</p>
                <Link
                  href={`/assignments/${a.id}`}
                  className="mt-0.5 font-semibold text-brand-700 hover:underline dark:text-brand-200"
                >
                  {a.title}
                </Link>
                <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                  {a.questionCount} questions ·{" "}
                  {a.dueAt && isLate(a, now) ? (
                    <>
                      late work accepted until <LocalTime date={closesAt(a)!} />
                    </>
                  ) : a.dueAt ? (
                    <>
                      due <LocalTime date={a.dueAt} />
                    </>
                  ) : (
                    "no due date"
                  )}
                </p>
                <p className="mt-2 text-xs font-medium">
                  {done ? (
                    <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50">
                      Done{left ? ` · ${left} attempt${left === 1 ? "" : "s"} left` : ""}
                    </span>
                  ) : a.attemptsUsed > 0 ? (
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-950 dark:bg-amber-900 dark:text-amber-50">
                      In progress
                    </span>
                  ) : (
                    <span className="rounded-full bg-stone-100 px-2 py-0.5 text-stone-800 dark:bg-stone-800 dark:text-stone-200">
                      To do
                    </span>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
