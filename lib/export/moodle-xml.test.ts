import { describe, expect, it } from "vitest";
import { clozeAnswers, feedbackParts, matchingPairs, moodleCategory, orderedItems, questionName } from "./common";
import { toMoodleXml } from "./moodle-xml";
import {
  child,
  childrenNamed,
  contentInputs,
  decodeHtml,
  nastyInput,
  parseStrictly,
  readXml,
  textOf,
  type XmlElement,
} from "./test-fixtures";
import type { ExportInput, ExportQuestion } from "./types";

const HEADER = ["name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden"];
const COMBINED = ["correctfeedback", "partiallycorrectfeedback", "incorrectfeedback", "shownumcorrect"];
/** Child elements in the order Moodle's exporter writes them (qformat_xml::writequestion, qtype_ordering::export_to_xml). */
const STRUCTURE: Record<string, string[]> = {
  multichoice: [
    ...HEADER,
    "single",
    "shuffleanswers",
    "answernumbering",
    "showstandardinstruction",
    ...COMBINED,
    "answer*",
    "tags",
  ],
  truefalse: [...HEADER, "answer", "answer", "tags"],
  shortanswer: [...HEADER, "usecase", "answer*", "tags"],
  matching: [...HEADER, "shuffleanswers", ...COMBINED, "subquestion*", "tags"],
  ordering: [
    ...HEADER,
    "layouttype",
    "selecttype",
    "selectcount",
    "gradingtype",
    "showgrading",
    "numberingstyle",
    ...COMBINED,
    "answer*",
    "tags",
  ],
};
const TYPE = {
  single_choice: "multichoice",
  true_false: "truefalse",
  cloze: "shortanswer",
  matching: "matching",
  ordering: "ordering",
};

/** Child names with runs of a repeated element folded to "name*" (two true/false answers stay two). */
function structure(e: XmlElement, type: string): string[] {
  const names = e.children.map((c) => c.name);
  if (type === "truefalse") return names;
  return names
    .filter((n, i) => n !== names[i - 1])
    .map((n) => (names.filter((m) => m === n).length > 1 || n === "answer" || n === "subquestion" ? `${n}*` : n));
}

const html = (e: XmlElement | undefined, name: string) => {
  const holder = e && child(e, name);
  expect(holder?.attrs.format, name).toBe("html");
  return decodeHtml(textOf(holder));
};

function expectSameQuestion(e: XmlElement, q: ExportQuestion) {
  const type = TYPE[q.kind];
  expect(e.attrs.type).toBe(type);
  expect(structure(e, type)).toEqual(STRUCTURE[type]);
  expect(textOf(e, "name")).toBe(questionName(q));
  expect(html(e, "questiontext")).toBe(q.prompt.trim());
  const feedback = html(e, "generalfeedback");
  expect(feedback).toContain(feedbackParts(q).explanation);
  expect(feedback).toContain(q.source.sentence.trim());
  const answers = childrenNamed(e, "answer");

  switch (q.kind) {
    case "single_choice":
      expect(child(e, "single")?.text).toBe("true");
      expect(answers.map((a) => [decodeHtml(textOf(a)), a.attrs.fraction])).toEqual(
        q.options!.map((o) => [o.text.trim(), o.id === q.answer ? "100" : "0"]),
      );
      break;
    case "true_false":
      expect(answers.map((a) => [textOf(a), a.attrs.fraction])).toEqual([
        ["true", q.answer ? "100" : "0"],
        ["false", q.answer ? "0" : "100"],
      ]);
      break;
    case "cloze":
      expect(child(e, "usecase")?.text).toBe("0");
      expect(answers.every((a) => a.attrs.fraction === "100")).toBe(true);
      expect(answers.map((a) => textOf(a).replace(/\\\*/g, "*"))).toEqual(clozeAnswers(q));
      break;
    case "matching": {
      const { pairs, distractors } = matchingPairs(q);
      const subs = childrenNamed(e, "subquestion").map((s) => [decodeHtml(textOf(s)), textOf(child(s, "answer"))]);
      expect(subs).toEqual([
        ...pairs.map((p) => [p.left.text.trim(), p.right.text.trim()]),
        ...distractors.map((d) => ["", d.text.trim()]),
      ]);
      break;
    }
    case "ordering":
      expect(child(e, "selecttype")?.text).toBe("ALL");
      expect(child(e, "gradingtype")?.text).toBe("RELATIVE_ALL_PREVIOUS_AND_NEXT");
      expect(answers.map((a) => [decodeHtml(textOf(a)), a.attrs.fraction])).toEqual(
        orderedItems(q).map((item, i) => [item.text.trim(), String(i + 1)]),
      );
      break;
  }
}

function roundTrip(input: ExportInput) {
  const result = toMoodleXml(input);
  expect(parseStrictly(result.content).root).toBe("quiz");
  const quiz = readXml(result.content);
  expect(quiz.name).toBe("quiz");
  const [category, ...questions] = childrenNamed(quiz, "question");
  expect(category.attrs.type).toBe("category");
  expect(textOf(category, "category")).toBe(moodleCategory(input.article));
  expect(questions).toHaveLength(input.questions.length);
  questions.forEach((e, i) => expectSameQuestion(e, input.questions[i]));
  return result;
}

describe("toMoodleXml", () => {
  it("writes every kind in Moodle's structure, text full of special characters included", () => {
    const result = roundTrip(nastyInput());
    expect(result.notes).toEqual([expect.objectContaining({ questionId: "q_order", action: "requires" })]);
    expect(result.fileName).toBe("sourced-nasty-article-moodle.xml");
  });

  it("writes the questions the pipeline writes for content/", () => {
    for (const input of contentInputs()) roundTrip(input);
  });

  it("offers a right-hand item that matches nothing as an extra answer", () => {
    const input = nastyInput();
    const match = input.questions.find((q) => q.kind === "matching")!;
    const withExtra = { ...match, right: [...match.right!, { id: "r4", text: "extra <answer>" }] };
    const quiz = readXml(toMoodleXml({ ...input, questions: [withExtra] }).content);
    const subs = childrenNamed(childrenNamed(quiz, "question")[1], "subquestion");
    expect(subs.map((s) => [textOf(s), textOf(child(s, "answer"))]).at(-1)).toEqual(["", "extra <answer>"]);
  });

  it("drops characters XML cannot hold instead of writing a broken file", () => {
    const input = nastyInput();
    const q = { ...input.questions[0], prompt: "Bell\u0007 and \uFFFF gone?" };
    const content = toMoodleXml({ ...input, questions: [q] }).content;
    expect(() => parseStrictly(content)).not.toThrow();
    expect(html(childrenNamed(readXml(content), "question")[1], "questiontext")).toBe("Bell and  gone?");
  });
});
