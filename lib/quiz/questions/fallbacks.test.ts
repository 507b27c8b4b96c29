import { describe, expect, it } from "vitest";
import { generateQuestions } from "../generate";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { baseQuestion, emptyDraft } from "./draft";
import { flawCheck, showsSentence } from "./flaws";
import { saidWhichChoice } from "./quote-standins";
import { quoteChunks } from "./quotes";
import { fragmentProblem } from "./standalone";
import { article } from "./test-fixtures";

const LONG = "Presidential Early Career Award for Scientists and Engineers";

// Written for these tests: the long form is spelled out in a sentence that opens with "He".
function award() {
  const a = article(
    "award",
    [
      "Dr. Lena Ortiz studies how shoppers read emotions in online stores.",
      `He was among the winners of the ${LONG} (PECASE) last year, the Riverside Institute said.`,
      "Ortiz leads a team of six at the Riverside Institute.",
    ],
    "2024-06-01",
  );
  const facts: ArticleFacts = {
    article: { slug: "award", title: "A prize for emotion research" },
    entities: [
      { id: "pecase", kind: "other", name: LONG, aliases: ["PECASE"] },
      { id: "ortiz", kind: "person", name: "Lena Ortiz", aliases: ["Ortiz"] },
    ],
    acronyms: [{ short: "PECASE", long: LONG, entity: "pecase", evidence: a.ev("PECASE") }],
    descriptions: [],
    roles: [],
    quotes: [],
    events: [],
  };
  return { facts, context: a.context };
}

describe("a typed stand-in for a choice question without safe distractors", () => {
  it("ships when its stem asks the fact in its own words, whatever the cited sentence leans on", () => {
    const s = award();
    const r = generateQuestions([s.facts], { articles: [s.context] });
    const acronym = r.questions.filter((q) => q.fact.kind === "acronym");
    // no plausible wrong expansion of a prize name: the choice question has no options to offer
    expect(r.dropped.some((d) => d.question.fact.kind === "acronym" && d.question.kind === "single_choice")).toBe(true);
    expect(acronym.map((q) => [q.kind, q.prompt, q.answer])).toEqual([
      ["cloze", "Fill in the blank: In the article, PECASE stands for _____.", LONG],
    ]);
  });

  const draft = (prompt: string, sentence: string) =>
    emptyDraft(
      {
        ...baseQuestion({
          kind: "cloze",
          factKind: "acronym",
          identity: "x",
          prompt,
          explanation: "x",
          source: { article: "a", sentence, start: 0, end: sentence.length },
        }),
        answer: LONG,
      },
      { key: LONG },
    );
  const sentence = `He was among the winners of the ${LONG} (PECASE).`;

  it("keeps the pronoun check for every stem that shows the sentence, however long the blank", () => {
    const own = draft("Fill in the blank: In the article, PECASE stands for _____.", sentence);
    const shown = draft("Fill in the blank: He was among the winners of the _____ (PECASE).", sentence);
    expect(showsSentence(own)).toBe(false);
    expect(showsSentence(shown)).toBe(true);
    const corpus = buildCorpus([], []);
    expect(flawCheck(shown, corpus).join()).toMatch(/leans on a pronoun/);
    expect(flawCheck(own, corpus).join()).not.toMatch(/leans on a pronoun/);
  });

  it("still refuses a who-said cloze whose quotation cannot stand alone", () => {
    const a = article("talk", [
      "Mayor Tom Reed opened the new library on Monday.",
      "“He has earned the right to be looked after,” Reed said of the architect.",
    ]);
    const facts: ArticleFacts = {
      article: { slug: "talk", title: "Library opens" },
      entities: [{ id: "reed", kind: "person", name: "Tom Reed", aliases: ["Reed"] }],
      acronyms: [],
      descriptions: [],
      roles: [],
      quotes: [{ text: "He has earned the right to be looked after", speaker: "reed", evidence: a.ev("earned") }],
      events: [],
    };
    const r = generateQuestions([facts], { articles: [a.context] });
    expect(r.questions.filter((q) => q.fact.kind === "quote")).toEqual([]);
  });
});

describe("quotations that stand alone", () => {
  it("does not take the speaker's own “We” or “You” for the referent of a pronoun after it", () => {
    expect(fragmentProblem("We are telling them what outcome we expect, and we will check.")).toMatch(
      /leans on a pronoun/,
    );
    expect(fragmentProblem("You can't ask them to work for nothing, year after year.")).toMatch(/leans on a pronoun/);
    // a name or "nobody …" before the pronoun still holds its referent
    expect(fragmentProblem("Doctors told us they are exhausted and underpaid.")).toBeUndefined();
    expect(fragmentProblem("Nobody got everything they wanted from this deal.")).toBeUndefined();
  });

  it("offers as wrong options of “Which of these …” only sentences that stand alone", () => {
    const a = article("match", [
      "United beat City 2-0 on Saturday, with Daniel Hartley scoring twice.",
      "“My wife was incredible, and my little boy just wanted his dad to play in the garden,” Hartley said.",
      "“Danny is the most determined person I have worked with,” coach Rob Ellison said.",
      "“He was in the gym at seven every morning, long before anyone else,” Ellison added.",
      "“You don't coach that,” Ellison said.",
      "“The referee got every big decision right today, and both teams knew it,” said City captain Omar Reid.",
    ]);
    const facts: ArticleFacts = {
      article: { slug: "match", title: "Hartley returns" },
      entities: [
        { id: "hartley", kind: "person", name: "Daniel Hartley", aliases: ["Hartley"] },
        { id: "ellison", kind: "person", name: "Rob Ellison", aliases: ["Ellison"] },
        { id: "reid", kind: "person", name: "Omar Reid", aliases: ["Reid"] },
      ],
      acronyms: [],
      descriptions: [],
      roles: [],
      quotes: [
        {
          text: "My wife was incredible, and my little boy just wanted his dad to play in the garden",
          speaker: "hartley",
          evidence: a.ev("garden"),
        },
        { text: "Danny is the most determined person I have worked with", speaker: "ellison", evidence: a.ev("Danny") },
        {
          text: "He was in the gym at seven every morning, long before anyone else",
          speaker: "ellison",
          evidence: a.ev("gym"),
        },
        { text: "You don't coach that.", speaker: "ellison", evidence: a.ev("coach that") },
        {
          text: "The referee got every big decision right today, and both teams knew it",
          speaker: "reid",
          evidence: a.ev("referee"),
        },
      ],
      events: [],
    };
    const c = buildCorpus([facts], [a.context]);
    const chunk = quoteChunks(
      c,
      c.quotes.find((q) => q.text.startsWith("My wife"))!,
    )[0]!;
    const options = saidWhichChoice(c, chunk, "q_who")!.question.options!.map((o) => o.text);
    expect(options.some((t) => t.startsWith("Danny is the most determined"))).toBe(true);
    expect(options.some((t) => /^(?:He was in the gym|You don't coach that)/.test(t))).toBe(false);
  });
});
