import { notFound } from "next/navigation";
import { getArticleExport } from "@/db/queries/exports";
import { exportResponse, readExportRequest, runExport } from "@/server/export";
import { requireInstructor } from "@/server/session";

type Ctx = { params: Promise<{ slug: string }> };

/** The article's questions as a file: the approved set, or the ticked selection. */
export async function GET(request: Request, { params }: Ctx) {
  await requireInstructor();
  const { slug } = await params;
  const wanted = readExportRequest(new URL(request.url).searchParams);
  const source = await getArticleExport({ slug, scope: wanted.scope });
  if (!source) notFound();
  return exportResponse(runExport(wanted.format, source, wanted.scope === "selection" ? wanted.q : undefined));
}
