import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toQuestionCsv } from "./csv";
import { contentInputs, nastyInput } from "./test-fixtures";

/** RFC 4180 rows back to cells, read by a real CSV parser. */
const readCsv = (text: string): string[][] => parse(text, { relaxColumnCount: true });

describe("toQuestionCsv", () => {
  it("writes one row per question and one column per option", () => {
    const input = nastyInput();
    const result = toQuestionCsv(input);
    expect(result.content.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = readCsv(result.content.slice(1));
    expect(rows).toHaveLength(input.questions.length);
    expect(header.slice(0, 10)).toEqual([
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
    ]);
    expect(header.slice(10)).toEqual(["option 1", "option 2", "option 3", "option 4"]);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const byId = new Map(rows.map((r) => [r[0], r]));
    // A cell that would start a formula ("=", "~" is harmless) gets an apostrophe, and keeps its text.
    expect(byId.get("q_choice")!.slice(6, 7)).toEqual([`'${input.questions[0].options![0].text}`]);
    expect(byId.get("q_choice")!.slice(10)).toEqual([
      "'" + input.questions[0].options![0].text,
      ...input.questions[0].options!.slice(1).map((o) => o.text),
    ]);
    expect(byId.get("q_cloze")!.slice(6, 8)).toEqual([input.questions[3].answer, "Café Zürich | =equals"]);
    const order = input.questions.find((q) => q.kind === "ordering")!;
    expect(byId.get("q_order")![6]).toBe(
      ["e3", "e1", "e2"].map((id) => order.items!.find((i) => i.id === id)!.text).join(" → "),
    );
    expect(result.fileName).toBe("sourced-nasty-article-questions.csv");
  });

  it("defuses every formula-looking cell, whatever column it is in", () => {
    const input = nastyInput();
    const risky = {
      ...input.questions[3],
      prompt: '=HYPERLINK("http://x")',
      explanation: "+1",
      answer: "@SUM(A1)",
      accept: ["-2", "\tTab"],
    };
    const [, row] = readCsv(toQuestionCsv({ ...input, questions: [risky] }).content.slice(1));
    expect(row[5]).toBe('\'=HYPERLINK("http://x")');
    expect(row[6]).toBe("'@SUM(A1)");
    expect(row[7]).toBe("'-2 | Tab");
    expect(row[8]).toBe("'+1");
  });

  it("writes the questions the pipeline writes for content/", () => {
    for (const input of contentInputs()) {
      const [, ...rows] = readCsv(toQuestionCsv(input).content.slice(1));
      expect(rows.map((r) => r[0])).toEqual(input.questions.map((q) => q.id));
    }
  });
});
