import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticleExport } from "@/db/queries/exports";
import { exportQuery, readExportRequest, runExport } from "@/server/export";
import { requireInstructor } from "@/server/session";
import { ExportPanel } from "../../../../_components/export-panel";
import { ExportSummary } from "../../../../_components/export-summary";
import { PageHeader } from "../../../../_components/page-header";

export const metadata: Metadata = { title: "Export questions" };

type Params = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ArticleExportPage({ params, searchParams }: Params) {
  await requireInstructor();
  const { slug } = await params;
  const request = readExportRequest(await searchParams);
  const source = await getArticleExport({ slug, scope: request.scope });
  if (!source) notFound();
  const result = runExport(request.format, source, request.scope === "selection" ? request.q : undefined);
  const base = `/teach/content/${encodeURIComponent(slug)}`;
  const approved = (await getArticleExport({ slug, scope: "approved" }))?.questions.length ?? 0;
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: "/teach/content", label: "Content library" },
          { href: base, label: source.article.title },
        ]}
        eyebrow="Export questions"
        title={source.article.title}
      >
        {request.scope === "selection"
          ? `The ${request.q.length} question${request.q.length === 1 ? "" : "s"} you ticked.`
          : "The approved questions."}{" "}
        Check what goes into the file, then download it.
      </PageHeader>
      {request.scope === "selection" && request.q.length === 0 ? (
        <p role="status" className="card p-5">
          No question was ticked. Go back to the article, tick “Include in export” on the questions you want, and
          prepare the export again.
        </p>
      ) : (
        <ExportSummary
          fileName={result.fileName}
          exported={result.exported}
          notes={result.notes}
          prompts={new Map(source.questions.map((q) => [q.id, q.prompt]))}
          downloadHref={`${base}/export/file?${exportQuery(request, true)}`}
        />
      )}
      <h2 className="mt-10 mb-3 text-xl font-semibold">Another format</h2>
      <ExportPanel
        action={`${base}/export`}
        formId="export-again"
        approvedCount={approved}
        format={request.format}
        scope={request.scope}
        selection={request.scope === "selection" ? request.q : []}
      />
    </div>
  );
}
