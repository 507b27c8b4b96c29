/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format), element for element as
 * Moodle's own exporter writes it (question/format/xml/format.php), and the
 * ordering question as the core Ordering question type exports it
 * (question/type/ordering, Moodle 4.4 and later).
 *
 * Question text, options and feedback are HTML (our plain text, escaped);
 * short answers and matching answers are plain text in Moodle and stay as typed.
 */
import {
  clozeAnswers,
  exportFileName,
  feedbackHtml,
  htmlText,
  matchingPairs,
  moodleCategory,
  orderedItems,
  questionName,
  selectQuestions,
} from "./common";
import type { ExportArticle, ExportInput, ExportNote, ExportQuestion, ExportResult } from "./types";
import { el, xmlDocument, type XmlNode } from "./xml";

const html = (tag: string, s: string, attrs: Record<string, string> = {}) =>
  el(tag, { ...attrs, format: "html" }, el("text", null, s));
const plainText = (s: string) => el("text", null, s);

/** Moodle's default for a question with several tries: a third of the mark per wrong try. */
const PENALTY = "0.3333333";

function header(q: ExportQuestion, article: ExportArticle): XmlNode[] {
  return [
    el("name", null, plainText(questionName(q))),
    html("questiontext", htmlText(q.prompt.trim())),
    html("generalfeedback", feedbackHtml(q, article)),
    el("defaultgrade", null, "1"),
    el("penalty", null, q.kind === "true_false" ? "1" : PENALTY),
    el("hidden", null, "0"),
  ];
}

/** Shown after a try on the kinds that have combined feedback, as Moodle's own defaults word it. */
function combinedFeedback(): XmlNode[] {
  return [
    html("correctfeedback", "Your answer is correct."),
    html("partiallycorrectfeedback", "Your answer is partially correct."),
    html("incorrectfeedback", "Your answer is incorrect."),
    el("shownumcorrect", null),
  ];
}

const answer = (fraction: number, body: XmlNode, format = "html") => el("answer", { fraction, format }, body);

function body(q: ExportQuestion, notes: ExportNote[]): { type: string; parts: XmlNode[] } {
  switch (q.kind) {
    case "single_choice":
      return {
        type: "multichoice",
        parts: [
          el("single", null, "true"),
          el("shuffleanswers", null, "true"),
          el("answernumbering", null, "abc"),
          el("showstandardinstruction", null, "0"),
          ...combinedFeedback(),
          ...(q.options ?? []).map((o) => answer(o.id === q.answer ? 100 : 0, plainText(htmlText(o.text.trim())))),
        ],
      };
    case "true_false":
      return {
        type: "truefalse",
        parts: [
          answer(q.answer === true ? 100 : 0, plainText("true"), "moodle_auto_format"),
          answer(q.answer === false ? 100 : 0, plainText("false"), "moodle_auto_format"),
        ],
      };
    case "cloze":
      return {
        type: "shortanswer",
        parts: [
          el("usecase", null, "0"),
          // * is Moodle's short-answer wildcard; \* is a literal asterisk.
          ...clozeAnswers(q).map((a) => answer(100, plainText(a.replace(/\*/g, "\\*")), "moodle_auto_format")),
        ],
      };
    case "matching": {
      const { pairs, distractors } = matchingPairs(q);
      const sub = (left: string, right: string) =>
        el("subquestion", { format: "html" }, plainText(left), el("answer", null, plainText(right)));
      return {
        type: "matching",
        parts: [
          el("shuffleanswers", null, "true"),
          ...combinedFeedback(),
          ...pairs.map((p) => sub(htmlText(p.left.text.trim()), p.right.text.trim())),
          // Moodle's way of offering an extra answer: a subquestion with no text.
          ...distractors.map((d) => sub("", d.text.trim())),
        ],
      };
    }
    case "ordering": {
      const items = orderedItems(q);
      notes.push({
        questionId: q.id,
        kind: q.kind,
        action: "requires",
        reason:
          "Moodle's Ordering question type, standard from Moodle 4.4 (a plugin before); Moodle shuffles the items itself.",
      });
      return {
        type: "ordering",
        parts: [
          el("layouttype", null, "VERTICAL"),
          el("selecttype", null, "ALL"),
          el("selectcount", null, String(items.length)),
          // Credit for every pair of items in the right relative order: Sourced's own ordering score.
          el("gradingtype", null, "RELATIVE_ALL_PREVIOUS_AND_NEXT"),
          el("showgrading", null, "SHOW"),
          el("numberingstyle", null, "none"),
          ...combinedFeedback().slice(0, 3),
          el("shownumcorrect", null, "1"),
          // The answers' order is the right order; "fraction" numbers the positions.
          ...items.map((item, i) =>
            el("answer", { fraction: i + 1, format: "html" }, plainText(htmlText(item.text.trim()))),
          ),
        ],
      };
    }
  }
}

function question(q: ExportQuestion, article: ExportArticle, notes: ExportNote[]): XmlNode {
  const { type, parts } = body(q, notes);
  const tags = el(
    "tags",
    null,
    el("tag", null, plainText("sourced")),
    el("tag", null, plainText(`sourced-${q.fact.kind}`)),
  );
  return el("question", { type }, ...header(q, article), ...parts, tags);
}

/** The questions of one article as Moodle XML, in a category named after the article. */
export function toMoodleXml(input: ExportInput): ExportResult<string> {
  const { questions, notes } = selectQuestions(input);
  const category = el(
    "question",
    { type: "category" },
    el("category", null, plainText(moodleCategory(input.article))),
    html("info", `Questions Sourced wrote from the article “${htmlText(input.article.title)}”.`),
  );
  const quiz = el("quiz", null, category, ...questions.map((q) => question(q, input.article, notes)));
  return {
    fileName: exportFileName(input.article, "moodle", "xml"),
    mimeType: "application/xml",
    content: xmlDocument(quiz, { indent: true }),
    exported: questions.length,
    notes,
  };
}
