import "server-only";
import { z } from "zod";
import { EXPORT_FORMATS, exportQuestions, type ExportFormat, type ExportResult } from "@/lib/export";
import type { ExportSource } from "@/db/queries/exports";

/** What an export link carries: the format, and for an article the approved set or a selection. */
export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS).catch("gift"),
  scope: z.enum(["approved", "selection"]).catch("approved"),
  q: z.array(z.string().max(200)).max(500).catch([]),
});
export type ExportRequest = z.output<typeof exportRequestSchema>;

/** Reads an export link's query (?format=…&scope=…&q=…&q=…); anything odd falls back to the defaults. */
export function readExportRequest(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (k: string) =>
    params instanceof URLSearchParams ? params.getAll(k) : [params[k] ?? []].flat().filter((v) => v !== undefined);
  return exportRequestSchema.parse({ format: get("format")[0], scope: get("scope")[0], q: get("q") });
}

/** The same request as a query string, for the download link next to the summary. */
export function exportQuery(request: ExportRequest, withScope: boolean): string {
  const params = new URLSearchParams({ format: request.format });
  if (withScope) {
    params.set("scope", request.scope);
    if (request.scope === "selection") for (const id of request.q) params.append("q", id);
  }
  return params.toString();
}

/** Runs the export; a selection narrows the questions, and ids it names that are not there are reported. */
export function runExport(format: ExportFormat, source: ExportSource, selection?: readonly string[]) {
  return exportQuestions(format, { ...source, selection });
}

/**
 * The file as a download no shared cache keeps. The headers say how many
 * questions went in and how many notes there are, for callers other than the
 * summary page, which lists the notes themselves.
 */
export function exportResponse(result: ExportResult<string | Uint8Array>): Response {
  const body = typeof result.content === "string" ? result.content : new Blob([result.content as BlobPart]);
  return new Response(body, {
    headers: {
      "Content-Type": result.mimeType,
      "Content-Disposition": `attachment; filename="${result.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Sourced-Exported": String(result.exported),
      "X-Sourced-Export-Notes": String(result.notes.length),
    },
  });
}
