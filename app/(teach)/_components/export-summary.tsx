import type { ExportNote } from "@/lib/export";
import { QUESTION_KIND_LABEL } from "@/lib/kinds";

const ACTION_LABEL: Record<ExportNote["action"], string> = {
  omitted: "Left out",
  changed: "Changed",
  requires: "Imports only where supported",
};

/** What the file will hold, what was left out or changed and why, and the download. */
export function ExportSummary({
  fileName,
  exported,
  notes,
  prompts,
  downloadHref,
}: {
  fileName: string;
  exported: number;
  notes: ExportNote[];
  prompts: Map<string, string>;
  downloadHref: string;
}) {
  return (
    <section aria-labelledby="export-file-heading" className="card mt-6 p-5">
      <h2 id="export-file-heading" className="text-xl font-semibold">
        {fileName}
      </h2>
      <p role="status" className="mt-2">
        {exported === 0
          ? "No question can go into this file."
          : `${exported} question${exported === 1 ? "" : "s"} in the file.`}{" "}
        {notes.length === 0
          ? "Every question goes in as it is."
          : `${notes.length} question${notes.length === 1 ? " was" : "s were"} left out or changed; see below.`}
      </p>
      {exported > 0 && (
        <a href={downloadHref} className="btn-primary mt-4 inline-flex" download={fileName}>
          Download {fileName}
        </a>
      )}
      {notes.length > 0 && (
        <table className="mt-6 w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">Left out or changed</caption>
          <thead>
            <tr className="border-b border-stone-200 dark:border-stone-700">
              <th scope="col" className="py-2 pr-3">
                Question
              </th>
              <th scope="col" className="py-2 pr-3">
                What happens
              </th>
              <th scope="col" className="py-2">
                Why
              </th>
            </tr>
          </thead>
          <tbody>
            {notes.map((n, i) => (
              <tr key={`${n.questionId}-${i}`} className="border-b border-stone-100 align-top dark:border-stone-800">
                <td className="py-2 pr-3">
                  {prompts.get(n.questionId) ?? n.questionId}
                  {n.kind && (
                    <span className="block text-xs text-stone-600 dark:text-stone-400">
                      {QUESTION_KIND_LABEL[n.kind]}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-3 font-medium">{ACTION_LABEL[n.action]}</td>
                <td className="py-2">{n.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
