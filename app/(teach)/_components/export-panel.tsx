import { EXPORT_FORMAT_LABEL, EXPORT_FORMATS, type ExportFormat } from "@/lib/export";

/**
 * The export form: a file format and, on an article, which questions. It only
 * names what to export (a GET to the summary page); the summary page says what
 * the file will hold before anything is downloaded.
 */
export function ExportPanel({
  action,
  formId,
  approvedCount,
  format = "gift",
  scope = "approved",
  selection = [],
}: {
  action: string;
  formId: string;
  /** Set on an article: offers the approved set or the questions ticked on the page. */
  approvedCount?: number;
  format?: ExportFormat;
  scope?: "approved" | "selection";
  /** Questions already chosen (on the summary page, where there is nothing to tick). */
  selection?: string[];
}) {
  return (
    <form id={formId} method="get" action={action} className="card space-y-4 p-5">
      {selection.map((id) => (
        <input key={id} type="hidden" name="q" value={id} />
      ))}
      <fieldset>
        <legend className="font-semibold">File format</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="flex items-center gap-2 text-sm">
              <input type="radio" name="format" value={f} defaultChecked={f === format} />
              {EXPORT_FORMAT_LABEL[f]}
            </label>
          ))}
        </div>
      </fieldset>
      {approvedCount !== undefined && (
        <fieldset>
          <legend className="font-semibold">Questions</legend>
          <div className="mt-2 space-y-2 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="approved" defaultChecked={scope === "approved"} />
              The approved questions ({approvedCount})
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="scope" value="selection" defaultChecked={scope === "selection"} />
              {selection.length > 0
                ? `The ${selection.length} question${selection.length === 1 ? "" : "s"} chosen`
                : "Only the questions ticked “Include in export” below"}
            </label>
          </div>
        </fieldset>
      )}
      <button type="submit" className="btn-primary">
        Prepare export
      </button>
    </form>
  );
}
