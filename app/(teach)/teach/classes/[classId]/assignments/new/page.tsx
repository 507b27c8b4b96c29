import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { questionSupply } from "@/db/queries/assignments";
import { getClassForInstructor } from "@/db/queries/classes";
import { listLibrary } from "@/db/queries/curation";
import { requireInstructor, uuidsOr404 } from "@/server/session";
import { AssignmentForm } from "../../../../../_components/assignment-form";
import { PageHeader } from "../../../../../_components/page-header";

export const metadata: Metadata = { title: "New assignment" };

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireInstructor();
  const { classId } = await params;
  uuidsOr404(classId);
  const klass = await getClassForInstructor({ classId, instructorId: user.id });
  if (!klass) notFound();
  const [library, supplyRows] = await Promise.all([listLibrary(), questionSupply()]);
  const supply: Record<string, { approved: number; draft: number }> = {};
  for (const r of supplyRows) {
    const s = (supply[r.kind] ??= { approved: 0, draft: 0 });
    if (r.status === "approved") s.approved += r.n;
    else if (r.status === "draft") s.draft += r.n;
  }
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/classes/${classId}`, label: klass.name },
        ]}
        eyebrow={klass.name}
        title="New assignment"
      >
        Only approved questions are used unless you choose otherwise. Review drafts in the{" "}
        <Link href="/teach/content" className="font-medium text-brand-700 underline dark:text-brand-200">
          content library
        </Link>
        .
      </PageHeader>
      <div className="card p-6">
        <AssignmentForm
          classId={classId}
          articles={library.map((a) => ({ id: a.id, title: a.title, approved: a.approved, draft: a.draft }))}
          supply={supply}
        />
      </div>
    </div>
  );
}
