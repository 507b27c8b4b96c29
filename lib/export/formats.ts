/** The export formats, named once: the download panel, the routes and the docs use these. */
import { toGift } from "./gift";
import { toMoodleXml } from "./moodle-xml";
import { toQtiPackage } from "./qti";
import { toQuestionCsv } from "./csv";
import type { ExportInput, ExportResult } from "./types";

export const EXPORT_FORMATS = ["gift", "moodle", "qti", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABEL: Record<ExportFormat, string> = {
  gift: "GIFT (Moodle question bank, .txt)",
  moodle: "Moodle XML (.xml)",
  qti: "QTI 3.0 package (Canvas and others, .zip)",
  csv: "CSV (spreadsheet, .csv)",
};

export const isExportFormat = (v: unknown): v is ExportFormat =>
  typeof v === "string" && (EXPORT_FORMATS as readonly string[]).includes(v);

/** Runs the exporter of a format. */
export function exportQuestions(format: ExportFormat, input: ExportInput): ExportResult<string | Uint8Array> {
  switch (format) {
    case "gift":
      return toGift(input);
    case "moodle":
      return toMoodleXml(input);
    case "qti":
      return toQtiPackage(input);
    case "csv":
      return toQuestionCsv(input);
  }
}
