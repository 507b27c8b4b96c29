import {
  parse,
  type GIFTQuestion,
  type Matching,
  type MultipleChoice,
  type ShortAnswer,
  type TrueFalse,
} from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { clozeAnswers, feedbackParts, matchingPairs, moodleCategory, questionName } from "./common";
import { giftEscape, toGift } from "./gift";
import { contentInputs, decodeHtml, nastyInput } from "./test-fixtures";
import type { ExportInput, ExportQuestion } from "./types";

/**
 * gift-pegjs leaves its escape placeholders in a matching answer (its PlainText
 * rule skips the decoding its other rules do); Moodle's reader decodes them
 * (qformat_gift: escapedchar_post on subanswers), so the test does too.
 */
const PLACEHOLDER: Record<string, string> = {
  "092": "\\",
  "058": ":",
  "035": "#",
  "061": "=",
  "123": "{",
  "125": "}",
  "126": "~",
};
const decodePlaceholders = (s: string) =>
  s.replace(/&&(\d{3});/g, (m, n: string) => PLACEHOLDER[n] ?? m).replace(/&&010/g, "\n");

/** Moodle short answers read \* as a literal asterisk. */
const shortAnswerText = (s: string) => s.replace(/\\\*/g, "*");

function expectSameQuestion(got: GIFTQuestion, q: ExportQuestion) {
  expect(got.type).not.toBe("Category");
  if (got.type === "Category" || got.type === "Description") return;
  expect(got.title).toBe(questionName(q));
  expect(got.stem.format).toBe("html");
  const stem = decodeHtml(got.stem.text);
  if (q.kind === "ordering") expect(stem.startsWith(q.prompt.trim())).toBe(true);
  else expect(stem).toBe(q.prompt.trim());
  const feedback = decodeHtml(got.globalFeedback?.text ?? "");
  expect(feedback).toContain(feedbackParts(q).explanation);
  expect(feedback).toContain(q.source.sentence.trim());

  switch (q.kind) {
    case "single_choice": {
      const mc = got as MultipleChoice;
      expect(mc.type).toBe("MC");
      expect(mc.choices.map((c) => decodeHtml(c.text.text))).toEqual(q.options!.map((o) => o.text.trim()));
      expect(mc.choices.map((c) => c.isCorrect)).toEqual(q.options!.map((o) => o.id === q.answer));
      break;
    }
    case "true_false":
      expect(got.type).toBe("TF");
      expect((got as TrueFalse).isTrue).toBe(q.answer);
      break;
    case "cloze": {
      const sa = got as ShortAnswer;
      expect(sa.type).toBe("Short");
      expect(sa.choices.map((c) => shortAnswerText(c.text.text))).toEqual(clozeAnswers(q));
      expect(sa.choices.every((c) => c.isCorrect && (c.weight === null || c.weight === 100))).toBe(true);
      break;
    }
    case "matching": {
      const m = got as Matching;
      expect(m.type).toBe("Matching");
      const pairs = m.matchPairs.map((p) => [decodeHtml(p.subquestion.text), decodePlaceholders(p.subanswer)]);
      expect(pairs).toEqual(matchingPairs(q).pairs.map((p) => [p.left.text.trim(), p.right.text.trim()]));
      break;
    }
    case "ordering": {
      const m = got as Matching;
      expect(m.type).toBe("Matching");
      const positions = m.matchPairs.map((p) => [decodeHtml(p.subquestion.text), Number(p.subanswer)]);
      const order = q.answer as string[];
      expect(positions).toEqual(q.items!.map((i) => [i.text.trim(), order.indexOf(i.id) + 1]));
      break;
    }
  }
}

function roundTrip(input: ExportInput) {
  const result = toGift(input);
  const parsed = parse(result.content);
  expect(parsed[0]).toEqual({ type: "Category", title: moodleCategory(input.article) });
  const questions = parsed.slice(1);
  expect(questions).toHaveLength(input.questions.length);
  expect(result.exported).toBe(input.questions.length);
  questions.forEach((got, i) => expectSameQuestion(got, input.questions[i]));
  return result;
}

describe("toGift", () => {
  it("gives back every kind, text full of special characters included, through gift-pegjs", () => {
    const input = nastyInput();
    expect(new Set(input.questions.map((q) => q.kind)).size).toBe(5);
    const result = roundTrip(input);
    expect(result.notes).toEqual([
      expect.objectContaining({
        questionId: "q_order",
        kind: "ordering",
        action: "changed",
        reason: expect.stringMatching(/matching/),
      }),
    ]);
  });

  it("gives back the questions the pipeline writes for content/", () => {
    const inputs = contentInputs();
    expect(new Set(inputs.flatMap((i) => i.questions.map((q) => q.kind))).size).toBe(5);
    for (const input of inputs) roundTrip(input);
  });

  it("keeps a line break as GIFT's \\n, so a question stays one block", () => {
    const input = nastyInput();
    const content = toGift(input).content;
    expect(content.split(/\n\s*\n/)).toHaveLength(1 + input.questions.length);
    const tf = parse(content).find((q) => q.type === "TF")!;
    expect(decodeHtml((tf as TrueFalse).globalFeedback!.text)).toContain(".\nA second line.");
  });

  it("writes each special character with a backslash, and the backslash doubled", () => {
    expect(giftEscape(String.raw`a~b=c#d{e}f:g\h`)).toBe(String.raw`a\~b\=c\#d\{e\}f\:g\\h`);
  });

  it("leaves ordering out when asked, and says so", () => {
    const result = toGift(nastyInput(), { ordering: "omit" });
    expect(parse(result.content).filter((q) => q.type !== "Category")).toHaveLength(5);
    expect(result.notes).toEqual([expect.objectContaining({ questionId: "q_order", action: "omitted" })]);
  });

  it("exports only the selection and reports selected ids it does not know", () => {
    const result = toGift({ ...nastyInput(), selection: ["q_cloze", "q_gone"] });
    const questions = parse(result.content).filter((q) => q.type !== "Category");
    expect(questions.map((q) => (q as ShortAnswer).type)).toEqual(["Short"]);
    expect(result.notes).toEqual([expect.objectContaining({ questionId: "q_gone", action: "omitted" })]);
  });

  it("leaves out an incomplete question with the reason", () => {
    const [choice] = nastyInput().questions;
    const broken = { ...choice, id: "q_broken", answer: "zz" };
    const result = toGift({ article: nastyInput().article, questions: [choice, broken] });
    expect(result.exported).toBe(1);
    expect(result.notes).toEqual([
      {
        questionId: "q_broken",
        kind: "single_choice",
        action: "omitted",
        reason: "The question is incomplete: its answer is not one of its options.",
      },
    ]);
  });

  it("names the file after the article", () => {
    expect(toGift(nastyInput()).fileName).toBe("sourced-nasty-article-gift.txt");
  });
});
