/**
 * The plain data every exporter takes and gives back. Exporters never throw on
 * a question they cannot express: they leave it out (or change it) and say so
 * in `notes`, so the download page can tell the instructor what happened.
 */
import type { Question, QuestionKind } from "@/lib/quiz/types";

/**
 * A question as stored: the contract's Question plus the cloze alternatives
 * (question_versions.accept) and, when one file holds several articles' questions
 * (an assignment), the title of the article this one comes from.
 */
export type ExportQuestion = Question & { accept?: string[] | null; articleTitle?: string };

export type ExportArticle = { slug: string; title: string };

export type ExportInput = {
  article: ExportArticle;
  questions: readonly ExportQuestion[];
  /** Question ids to export; all questions when absent. Unknown ids are reported, not fatal. */
  selection?: readonly string[];
};

export type ExportNote = {
  /** The question the note is about (for a selected id that matched no question, that id). */
  questionId: string;
  /** Absent for a selected id that matched no question. */
  kind?: QuestionKind;
  /** omitted: not in the file; changed: in the file in another form; requires: in the file, but imports only where the note says. */
  action: "omitted" | "changed" | "requires";
  reason: string;
};

export type ExportResult<Content extends string | Uint8Array = string> = {
  fileName: string;
  mimeType: string;
  content: Content;
  /** How many questions the file holds. */
  exported: number;
  notes: ExportNote[];
};
