import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getClassOverview } from "@/db/queries/class-overview";
import { getClassForInstructor } from "@/db/queries/classes";
import { requireInstructor, uuidsOr404 } from "@/server/session";
import { EmptyState, PageHeader } from "../../../../_components/page-header";
import { Completion } from "../../../../_components/overview/completion";
import { MasteryOverTime } from "../../../../_components/overview/mastery-over-time";
import { StudentsOverTime } from "../../../../_components/overview/students-over-time";
import { WatchList } from "../../../../_components/overview/watch-list";

export const metadata: Metadata = { title: "Class overview" };

type Params = { params: Promise<{ classId: string }>; searchParams: Promise<{ page?: string }> };

export default async function ClassOverviewPage({ params, searchParams }: Params) {
  const user = await requireInstructor();
  const [classId] = uuidsOr404((await params).classId);
  const klass = await getClassForInstructor({ classId, instructorId: user.id });
  if (!klass) notFound();
  const page = Number.parseInt((await searchParams).page ?? "1", 10) || 1;
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/classes/${classId}`, label: klass.name },
        ]}
        eyebrow="Class overview"
        title={klass.name}
        actions={
          <a href={`/teach/classes/${classId}/export/gradebook`} className="btn-secondary print:hidden" download>
            Download gradebook, all assignments (CSV)
          </a>
        }
      >
        Every assignment of the class, oldest first: who finished, how each student is doing over time, and which kinds
        of fact the class keeps missing.
      </PageHeader>
      {/* The fallback holds a window's height, so the footer starts below the fold and the results
          streaming in do not push it down in view (a layout shift). */}
      <Suspense
        fallback={<p className="min-h-dvh text-stone-600 dark:text-stone-400">Computing the class overview…</p>}
      >
        <OverviewSections classId={classId} instructorId={user.id} page={page} />
      </Suspense>
    </div>
  );
}

async function OverviewSections({
  classId,
  instructorId,
  page,
}: {
  classId: string;
  instructorId: string;
  page: number;
}) {
  const overview = await getClassOverview({ classId, instructorId });
  if (overview.assignments.length === 0)
    return (
      <EmptyState title="Nothing assigned yet">
        <Link
          href={`/teach/classes/${classId}/assignments/new`}
          className="font-medium text-brand-700 underline dark:text-brand-200"
        >
          Create an assignment
        </Link>{" "}
        and the class overview fills in as students finish it.
      </EmptyState>
    );
  return (
    <>
      <Completion overview={overview} classId={classId} />
      <WatchList overview={overview} />
      <StudentsOverTime overview={overview} classId={classId} page={page} />
      <MasteryOverTime overview={overview} />
    </>
  );
}
