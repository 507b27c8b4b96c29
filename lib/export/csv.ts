/**
 * The questions as a spreadsheet: one row per question, one column per option
 * (what the learner picks from: the choices, the right-hand column of a
 * matching question, the items to order), and the key written out in words.
 * Cells go through the project's CSV writer, which defuses formula injection.
 */
import { QUESTION_KIND_LABEL } from "@/lib/kinds";
import { toCsv, type CsvValue } from "@/lib/teach/csv";
import {
  clozeAnswers,
  exportFileName,
  feedbackParts,
  sourceTitle,
  matchingPairs,
  optionText,
  orderedItems,
  selectQuestions,
} from "./common";
import type { ExportInput, ExportQuestion, ExportResult } from "./types";

function picks(q: ExportQuestion): string[] {
  switch (q.kind) {
    case "single_choice":
      return (q.options ?? []).map((o) => o.text);
    case "true_false":
      return ["True", "False"];
    case "cloze":
      return [];
    case "matching":
      return (q.right ?? []).map((o) => o.text);
    case "ordering":
      return (q.items ?? []).map((o) => o.text);
  }
}

function key(q: ExportQuestion): string {
  switch (q.kind) {
    case "single_choice":
      return optionText(q.options, q.answer as string);
    case "true_false":
      return q.answer ? "True" : "False";
    case "cloze":
      return clozeAnswers(q)[0];
    case "matching":
      return matchingPairs(q)
        .pairs.map((p) => `${p.left.text} → ${p.right.text}`)
        .join("; ");
    case "ordering":
      return orderedItems(q)
        .map((i) => i.text)
        .join(" → ");
  }
}

/** The questions of one article as CSV (UTF-8 with a byte-order mark, CRLF rows). */
export function toQuestionCsv(input: ExportInput): ExportResult<string> {
  const { questions, notes } = selectQuestions(input);
  const width = Math.max(0, ...questions.map((q) => picks(q).length));
  const header = [
    "id",
    "article",
    "kind",
    "fact kind",
    "difficulty",
    "question",
    "answer",
    "also accepted",
    "explanation",
    "source sentence",
    ...Array.from({ length: width }, (_, i) => `option ${i + 1}`),
  ];
  const rows = questions.map((q): CsvValue[] => {
    const options = picks(q);
    return [
      q.id,
      sourceTitle(q, input.article),
      QUESTION_KIND_LABEL[q.kind],
      q.fact.kind,
      q.difficulty,
      q.prompt,
      key(q),
      q.kind === "cloze" ? clozeAnswers(q).slice(1).join(" | ") : "",
      feedbackParts(q).explanation,
      q.source.sentence,
      ...options,
      ...Array.from({ length: width - options.length }, () => ""),
    ];
  });
  return {
    fileName: exportFileName(input.article, "questions", "csv"),
    mimeType: "text/csv; charset=utf-8",
    content: toCsv(header, rows),
    exported: questions.length,
    notes,
  };
}
