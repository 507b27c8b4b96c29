import { describe, expect, it } from "vitest";
import { exportFileName, moodleCategory, problemOf, selectQuestions } from "./common";
import { nastyArticle, nastyQuestions } from "./test-fixtures";
import type { ExportQuestion } from "./types";

const byKind = (kind: ExportQuestion["kind"]) => nastyQuestions().find((q) => q.kind === kind)!;

describe("problemOf", () => {
  it("accepts every fixture question", () => {
    expect(nastyQuestions().map(problemOf)).toEqual(nastyQuestions().map(() => undefined));
  });

  it.each([
    ["single_choice", { options: [{ id: "a", text: "only" }] }, "it has fewer than two options"],
    ["true_false", { answer: "true" }, "its answer is not true or false"],
    ["cloze", { answer: "  " }, "it has no answer"],
    ["matching", { answer: { l1: "r1", l2: "r2", l3: "r9" } }, "a left item has no partner among the right items"],
    ["matching", { answer: ["r1"] }, "its answer is not a set of pairs"],
    ["ordering", { answer: ["e1", "e1", "e2"] }, "its answer is not an order of its items"],
    ["ordering", { items: [{ id: "e1", text: "one" }], answer: ["e1"] }, "it has fewer than two items"],
  ] as const)("finds what a %s question lacks: %j", (kind, change, reason) => {
    expect(problemOf({ ...byKind(kind), ...change } as ExportQuestion)).toBe(reason);
  });

  it("finds a question without a prompt", () => {
    expect(problemOf({ ...byKind("cloze"), prompt: " " })).toBe("it has no prompt");
  });
});

describe("selectQuestions", () => {
  it("keeps the input order, not the selection's", () => {
    const { questions } = selectQuestions({
      article: { slug: "a", title: "A" },
      questions: nastyQuestions(),
      selection: ["q_order", "q_choice"],
    });
    expect(questions.map((q) => q.id)).toEqual(["q_choice", "q_order"]);
  });
});

describe("names", () => {
  it("writes a Moodle category path with slashes in the title doubled", () => {
    expect(moodleCategory({ slug: "s", title: "Either/or: the /news/" })).toBe(
      "$course$/Sourced/Either//or: the //news// ",
    );
    expect(moodleCategory({ slug: "s", title: "/lead" })).toBe("$course$/Sourced/ //lead");
  });

  it("makes file names safe for a download header", () => {
    expect(exportFileName({ slug: "Café: über/news", title: "" }, "gift", "txt")).toBe(
      "sourced-cafe-uber-news-gift.txt",
    );
  });
});

describe("several articles in one file", () => {
  it("cites each question's own article where it has one", async () => {
    const { toQuestionCsv } = await import("./csv");
    const { toMoodleXml } = await import("./moodle-xml");
    const [first, second] = nastyQuestions();
    const input = {
      article: { slug: "week-1", title: "Week 1" },
      questions: [{ ...first!, articleTitle: "Harbour strike" }, second!],
    };
    const csv = toQuestionCsv(input).content;
    expect(csv).toContain("Harbour strike");
    expect(csv).toContain("Week 1");
    const xml = toMoodleXml(input).content;
    expect(xml).toContain("&lt;cite&gt;Harbour strike&lt;/cite&gt;");
    expect(xml).toContain("&lt;cite&gt;Week 1&lt;/cite&gt;");
  });
});

describe("exportQuestions", () => {
  it("gives each format its own file", async () => {
    const { EXPORT_FORMATS, exportQuestions } = await import("./formats");
    const names = EXPORT_FORMATS.map(
      (f) => exportQuestions(f, { article: nastyArticle, questions: nastyQuestions() }).fileName,
    );
    expect(names).toEqual([
      "sourced-nasty-article-gift.txt",
      "sourced-nasty-article-moodle.xml",
      "sourced-nasty-article-qti3.zip",
      "sourced-nasty-article-questions.csv",
    ]);
  });
});
