/** Checks for the causes found by the fifteenth blind review (docs/question-review.md), in words of their own. */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { checkStem } from "./flaws";
import { notAPosition } from "./role-options";
import { article, sentenceCloze } from "./test-fixtures";
import { quoteDoubts } from "./trust";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 15 (mulberry32(20261223))", () => {
  const a = article("vote", [
    "“I'll be voting in March,” Welch said, according to Valley Radio.",
    "“People were still talking about the strike,” said Heiserman of the Teachers Union.",
    "“The union backs the plan,” the Teachers Union said in a statement.",
    "“We are proud of the result,” said city spokesman Navy Capt. Jeff Davis, who spoke briefly.",
    "He said the mayor would go and said Reed's rescue was always a priority.",
    "The Teachers Union endorsement “came too early for most members,” said Heiserman.",
  ]);
  const f: ArticleFacts = {
    article: { slug: "vote", title: "Vote" },
    entities: [
      { id: "vr", kind: "person", name: "Valley Radio", aliases: [] },
      { id: "tu", kind: "organization", name: "Teachers Union", aliases: [] },
      { id: "jd", kind: "person", name: "Jeff Davis", aliases: [] },
      { id: "ar", kind: "person", name: "Ann Reed", aliases: ["Reed"] },
    ],
    ...empty,
    quotes: [
      { text: "I'll be voting in March,", speaker: "vr", evidence: a.ev("voting") },
      { text: "People were still talking about the strike,", speaker: "tu", evidence: a.ev("strike") },
      { text: "The union backs the plan,", speaker: "tu", evidence: a.ev("backs") },
      { text: "We are proud of the result,", speaker: "jd", evidence: a.ev("proud") },
      { text: "the mayor would go", speaker: "ar", evidence: a.ev("rescue") },
      { text: "came too early for most members,", speaker: "tu", evidence: a.ev("endorsement") },
    ],
  };
  const c = buildCorpus([f], [a.context]);
  const doubts = (i: number) => quoteDoubts(c, c.quotes[i]!).join();

  it("holds back words whose sentence has someone else say them", () => {
    expect(doubts(0)).toMatch(/has “Welch” say these words/);
    expect(doubts(3)).not.toMatch(/say these words/);
  });
  it("holds back words credited to a body the sentence does not have say them", () => {
    expect(doubts(1)).toMatch(/does not have Teachers Union say these words/);
    expect(doubts(2)).not.toMatch(/does not have Teachers Union say/);
    // the body's name before a quotation and the verb after it are no phrase
    expect(doubts(5)).toMatch(/has “Heiserman” say these words/);
  });
  it("holds back words whose cue is about the one credited", () => {
    expect(doubts(4)).toMatch(/is about Ann Reed, not words Ann Reed said/);
  });
  it("takes an epithet for no position", () => {
    expect(notAPosition("great American nationalist")).toMatch(/epithet/);
    expect(notAPosition("nationalist")).toMatch(/epithet/);
    expect(notAPosition("Senator")).toBeUndefined();
  });
  it("refuses a stem whose “that state” points to a sentence not shown", () => {
    const stem = (sentence: string) => checkStem(sentenceCloze(sentence, "Ann Reed", "role")).join();
    expect(stem("Ann Reed won 12 percent in that state’s primary in Ohio.")).toMatch(/“that state’s” points/);
    expect(stem("Ann Reed won 12 percent in the Ohio primary.")).toBe("");
  });
});
