import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAssignmentExport } from "@/db/queries/exports";
import { exportQuery, readExportRequest, runExport } from "@/server/export";
import { requireOwnedAssignment } from "@/server/teach";
import { ExportPanel } from "../../../../../../_components/export-panel";
import { ExportSummary } from "../../../../../../_components/export-summary";
import { PageHeader } from "../../../../../../_components/page-header";

export const metadata: Metadata = { title: "Export questions" };

type Params = {
  params: Promise<{ classId: string; assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AssignmentExportPage({ params, searchParams }: Params) {
  const { assignment, scope, base } = await requireOwnedAssignment(params);
  const request = readExportRequest(await searchParams);
  const source = await getAssignmentExport(scope);
  if (!source) notFound();
  const result = runExport(request.format, source);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/classes/${scope.classId}`, label: assignment.className },
          { href: base, label: assignment.title },
        ]}
        eyebrow="Export questions"
        title={assignment.title}
      >
        The assignment’s questions, at the versions your students answer. Check what goes into the file, then download
        it.
      </PageHeader>
      <ExportSummary
        fileName={result.fileName}
        exported={result.exported}
        notes={result.notes}
        prompts={new Map(source.questions.map((q) => [q.id, q.prompt]))}
        downloadHref={`${base}/export/questions?${exportQuery(request, false)}`}
      />
      <h2 className="mt-10 mb-3 text-xl font-semibold">Another format</h2>
      <ExportPanel action={`${base}/export`} formId="export-again" format={request.format} />
    </div>
  );
}
