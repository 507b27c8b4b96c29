/**
 * GIFT, Moodle's text format for question banks (docs.moodle.org/en/GIFT_format;
 * the reference reader is Moodle's question/format/gift/format.php).
 *
 * Every text is written as `[html]`: Moodle keeps question text as HTML, and
 * our plain text, HTML-escaped, shows exactly as typed. Short answers and the
 * right column of a matching question are plain text in Moodle, so they are not
 * HTML-escaped. GIFT's own specials (~ = # { } : and the backslash) are escaped
 * with a backslash everywhere, and a line break becomes `\n`, so a question is
 * always one block and a blank line always ends it.
 */
import {
  clozeAnswers,
  exportFileName,
  feedbackHtml,
  htmlText,
  matchingPairs,
  moodleCategory,
  questionName,
  selectQuestions,
} from "./common";
import type { ExportArticle, ExportInput, ExportNote, ExportQuestion, ExportResult } from "./types";

export type GiftOptions = {
  /** GIFT has no ordering question: match each item to its position (default), or leave it out. */
  ordering?: "matching" | "omit";
};

const GIFT_SPECIAL = /[\\~=#{}:]/g;

/** GIFT's escaping, as Moodle's exporter writes it (qformat_gift::repchar). */
export function giftEscape(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(GIFT_SPECIAL, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/**
 * An answer that starts with "[" or "%" could be read as a format marker
 * ("[plain]") or a weight ("%50%"); as HTML the same character can be written
 * as a numeric reference, which reads the same once imported.
 */
const LEADING_MARKER = /^\s*([[%])/;
const htmlPart = (s: string) =>
  giftEscape(htmlText(s.trim()).replace(LEADING_MARKER, (_, c: string) => `&#${c.charCodeAt(0)};`));

/** Moodle's short answers treat * as a wildcard; a literal asterisk is written \*. */
const shortAnswer = (s: string) => giftEscape(s.replace(/\*/g, "\\*"));

/** The answer block of one question, without its braces. */
function answerLines(q: ExportQuestion, notes: ExportNote[], options: GiftOptions): string[] | undefined {
  switch (q.kind) {
    case "single_choice":
      return (q.options ?? []).map((o) => `\t${o.id === q.answer ? "=" : "~"}${htmlPart(o.text)}`);
    case "true_false":
      return [q.answer ? "TRUE" : "FALSE"];
    case "cloze":
      return clozeAnswers(q).map((a) => `\t=%100%${shortAnswer(a)}`);
    case "matching": {
      const { pairs, distractors } = matchingPairs(q);
      if (distractors.length) {
        notes.push({
          questionId: q.id,
          kind: q.kind,
          action: "changed",
          reason: `GIFT matching has no extra answers: ${distractors.length} right-hand item(s) that match nothing were left out.`,
        });
      }
      return pairs.map((p) => `\t=${htmlPart(p.left.text)} -> ${giftEscape(p.right.text.trim())}`);
    }
    case "ordering":
      if (options.ordering === "omit") {
        notes.push({ questionId: q.id, kind: q.kind, action: "omitted", reason: "GIFT has no ordering question." });
        return undefined;
      }
      notes.push({
        questionId: q.id,
        kind: q.kind,
        action: "changed",
        reason: "GIFT has no ordering question: exported as matching, each item matched to its position (1 is first).",
      });
      // Moodle shows the left column in file order: keep the question's own order, which is not the answer.
      return q.items!.map((item) => `\t=${htmlPart(item.text)} -> ${(q.answer as string[]).indexOf(item.id) + 1}`);
  }
}

function stem(q: ExportQuestion): string {
  return q.kind === "ordering" ? `${q.prompt.trim()} Match each item to its position (1 is first).` : q.prompt;
}

function giftQuestion(
  q: ExportQuestion,
  article: ExportArticle,
  notes: ExportNote[],
  options: GiftOptions,
): string | undefined {
  const lines = answerLines(q, notes, options);
  if (!lines) return undefined;
  const head = `// Sourced question ${q.id}: ${q.kind}, from a fact of kind ${q.fact.kind}\n::${giftEscape(questionName(q))}::[html]${htmlPart(stem(q))}`;
  const feedback = `####${giftEscape(feedbackHtml(q, article))}`;
  // True/false keeps its answer on the brace line, as Moodle writes it.
  if (q.kind === "true_false") return `${head}{${lines[0]}${feedback}}`;
  return `${head}{\n${lines.join("\n")}\n\t${feedback}\n}`;
}

/** The questions of one article as a GIFT file, in a category named after the article. */
export function toGift(input: ExportInput, options: GiftOptions = {}): ExportResult<string> {
  const { questions, notes } = selectQuestions(input);
  // $CATEGORY takes the rest of its line as it stands: Moodle does not unescape it.
  const blocks = [`$CATEGORY: ${moodleCategory(input.article)}`];
  for (const q of questions) {
    const block = giftQuestion(q, input.article, notes, options);
    if (block) blocks.push(block);
  }
  return {
    fileName: exportFileName(input.article, "gift", "txt"),
    mimeType: "text/plain; charset=utf-8",
    content: `${blocks.join("\n\n")}\n`,
    exported: blocks.length - 1,
    notes,
  };
}
