import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmButton } from "@/components/confirm-button";
import { LocalTime } from "@/components/local-time";
import { listAssignmentsForClass } from "@/db/queries/assignments";
import { getClassForInstructor, listRoster } from "@/db/queries/classes";
import { requireInstructor, uuidsOr404 } from "@/server/session";
import { POLICY_LABEL } from "@/lib/teach/attempt-policy";
import { formatJoinCode } from "@/lib/teach/join-code";
import { removeStudentAction } from "../../../actions";
import { EmptyState, PageHeader, tableBody, tableHead, td, tdNum, th, thNum } from "../../../_components/page-header";
import { StudentPager } from "../../../_components/student-pager";

type Params = { params: Promise<{ classId: string }>; searchParams: Promise<{ created?: string; page?: string }> };

const PAGE_SIZE = 50;

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params, searchParams }: Params) {
  const user = await requireInstructor();
  const { classId } = await params;
  uuidsOr404(classId);
  const klass = await getClassForInstructor({ classId, instructorId: user.id });
  if (!klass) notFound();
  const [roster, assignments, h, { created, page: pageParam }] = await Promise.all([
    listRoster({ classId, instructorId: user.id }),
    listAssignmentsForClass({ classId, instructorId: user.id }),
    headers(),
    searchParams,
  ]);
  const pages = Math.max(1, Math.ceil(roster.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(pageParam ?? "1", 10) || 1));
  const shown = roster.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto =
    h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  const joinLink = `${proto}://${host}/join/${klass.joinCode}`;
  const createdTitle = assignments.find((a) => a.id === created)?.title;
  const now = Date.now();

  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <PageHeader
        crumbs={[{ href: "/teach", label: "Teach" }]}
        eyebrow="Class"
        title={klass.name}
        actions={
          <>
            <Link href={`/teach/classes/${classId}/overview`} className="btn-secondary">
              Class overview
            </Link>
            <a href={`/teach/classes/${classId}/export/gradebook`} className="btn-secondary" download>
              Gradebook (CSV)
            </a>
            <Link href={`/teach/classes/${classId}/assignments/new`} className="btn-primary">
              New assignment
            </Link>
          </>
        }
      />

      {createdTitle && (
        <p
          role="status"
          className="mb-6 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-800 dark:border-brand-800 dark:bg-brand-800/30 dark:text-brand-100"
        >
          “{createdTitle}” is assigned. Enrolled students see it on their home page.
        </p>
      )}

      <section aria-labelledby="join-heading" className="card grid gap-4 p-5 sm:grid-cols-[auto_1fr] sm:items-center">
        <div>
          <h2 id="join-heading" className="text-sm font-medium text-stone-600 dark:text-stone-400">
            Join code
          </h2>
          <p className="mt-1 font-mono text-4xl font-bold tracking-widest" data-testid="join-code">
            {formatJoinCode(klass.joinCode)}
          </p>
        </div>
        <div className="text-sm text-stone-700 sm:border-l sm:border-stone-200 sm:pl-5 dark:text-stone-300 sm:dark:border-stone-800">
          <p>
            Students enter the code at <strong>/join</strong> after signing in, or open the join link:
          </p>
          <p className="mt-1 break-all">
            <a
              href={joinLink}
              className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-200"
            >
              {joinLink}
            </a>
          </p>
        </div>
      </section>

      <section aria-labelledby="assignments-heading" className="mt-10">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Assignments
        </h2>
        {assignments.length === 0 ? (
          <div className="mt-4">
            <EmptyState title="Nothing assigned yet">
              <Link
                href={`/teach/classes/${classId}/assignments/new`}
                className="font-medium text-brand-700 underline dark:text-brand-200"
              >
                Create an assignment
              </Link>{" "}
              from the articles in the library.
            </EmptyState>
          </div>
        ) : (
          <div className="card mt-4 overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Assignments of {klass.name}</caption>
              <thead className={tableHead}>
                <tr>
                  <th scope="col" className={th}>
                    Title
                  </th>
                  <th scope="col" className={th}>
                    Opens
                  </th>
                  <th scope="col" className={th}>
                    Due
                  </th>
                  <th scope="col" className={thNum}>
                    Questions
                  </th>
                  <th scope="col" className={thNum}>
                    Completed
                  </th>
                  <th scope="col" className={th}>
                    Results count
                  </th>
                </tr>
              </thead>
              <tbody className={tableBody}>
                {assignments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className={`${td} font-medium`}>
                      <Link
                        href={`/teach/classes/${classId}/assignments/${a.id}`}
                        className="text-brand-700 hover:underline dark:text-brand-200"
                      >
                        {a.title}
                      </Link>
                      {a.dueAt && a.dueAt.getTime() < now && (
                        <span className="ml-2 rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-700 dark:bg-stone-800 dark:text-stone-300">
                          closed
                        </span>
                      )}
                    </th>
                    <td className={`${td} whitespace-nowrap`}>
                      <LocalTime date={a.opensAt} />
                    </td>
                    <td className={`${td} whitespace-nowrap`}>
                      {a.dueAt ? <LocalTime date={a.dueAt} /> : "No due date"}
                    </td>
                    <td className={tdNum}>{a.questionCount}</td>
                    <td className={tdNum}>
                      {a.finishedStudents} / {roster.length}
                    </td>
                    <td className={td}>{POLICY_LABEL[a.attemptPolicy]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="roster-heading" id="students" className="mt-10 scroll-mt-4">
        <h2 id="roster-heading" className="text-xl font-semibold">
          Students{" "}
          <span className="text-base font-normal text-stone-600 tabular-nums dark:text-stone-400">
            ({roster.length})
          </span>
        </h2>
        {roster.length === 0 ? (
          <div className="mt-4">
            <EmptyState title="No students yet">
              Share the join code above. Students appear here as soon as they join.
            </EmptyState>
          </div>
        ) : (
          <div className="card mt-4 overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Students in {klass.name}</caption>
              <thead className={tableHead}>
                <tr>
                  <th scope="col" className={th}>
                    Name
                  </th>
                  <th scope="col" className={th}>
                    Email
                  </th>
                  <th scope="col" className={th}>
                    Joined
                  </th>
                  <th scope="col" className={thNum}>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className={tableBody}>
                {shown.map((s) => (
                  <tr key={s.userId}>
                    <th scope="row" className={`${td} font-medium`}>
                      {s.name}
                    </th>
                    <td className={td}>{s.email}</td>
                    <td className={`${td} whitespace-nowrap`}>
                      <LocalTime date={s.joinedAt} withTime={false} />
                    </td>
                    <td className={`${td} text-right`}>
                      <form action={removeStudentAction}>
                        <input type="hidden" name="classId" value={classId} />
                        <input type="hidden" name="userId" value={s.userId} />
                        <ConfirmButton
                          question={`Remove ${s.name} from ${klass.name}? Their answers are kept but leave the class results.`}
                          className="rounded-lg px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950"
                          aria-label={`Remove ${s.name}`}
                        >
                          Remove
                        </ConfirmButton>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <StudentPager
          page={page}
          pageSize={PAGE_SIZE}
          total={roster.length}
          href={(n) => `/teach/classes/${classId}?page=${n}#students`}
        />
      </section>
    </div>
  );
}
