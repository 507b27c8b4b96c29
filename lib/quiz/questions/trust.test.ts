import { describe, expect, it } from "vitest";
import { generateQuestions } from "../generate";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { pickEntities } from "./distractors";
import { article, spyArticle } from "./test-fixtures";
import { genderClash, organisationDoubt, personNameDoubt, roleDoubts, titleDoubt } from "./trust";

const held = (facts: ArticleFacts[], contexts: ReturnType<typeof spyArticle>["context"][]) =>
  generateQuestions(facts, { articles: contexts });

describe("key safety", () => {
  it("holds back every question on a quote the extractor is unsure of, with the reason", () => {
    const s = spyArticle();
    s.facts.quotes[1] = { ...s.facts.quotes[1], confidence: 0.4 };
    const r = held([s.facts], [s.context]);
    const unsure = r.held.filter((h) => h.question.fact.kind === "quote");
    expect(unsure.length).toBeGreaterThan(0);
    expect(unsure[0].reasons.join()).toMatch(/unsure of this quote \(confidence 0\.40 < 0\.7\)/);
    const quoteAsked = (text: string) =>
      r.questions.some((q) => q.fact.kind === "quote" && JSON.stringify(q).includes(text));
    expect(quoteAsked("The explosion in online communication")).toBe(false);
    expect(quoteAsked("The Joint Operations Cell will increase")).toBe(true);
  });

  it("refuses a person whose name is made of the article's common words", () => {
    const lower = new Set(["will", "power"]);
    expect(personNameDoubt("Will Power", lower)).toMatch(/common words/);
    expect(personNameDoubt("Keith Bristow", lower)).toBeUndefined();
    expect(personNameDoubt("Homeland Security", lower)).toMatch(/not part of a name/);
    expect(personNameDoubt("FranÃ§ois Hollande")).toMatch(/garbled/);
  });

  it("refuses a title that runs into a clause or is cut off", () => {
    expect(titleDoubt("Librarian has named the current Poet Laureate")).toMatch(/clause/);
    expect(titleDoubt("professor at Harvard and director of its lab says")).toMatch(/clause/);
    expect(titleDoubt("Director of")).toMatch(/cut off/);
    expect(titleDoubt("Director General")).toBeUndefined();
  });

  it("refuses an organisation that is only ever the front of a title, a place or a group of people", () => {
    const a = article("senate", [
      "Senate Majority Leader Mitch McConnell said the bill would pass.",
      "Republicans in the Senate Majority Leader's office agreed, said Tom Reed.",
    ]);
    const facts: ArticleFacts = {
      article: { slug: "senate", title: "Senate" },
      entities: [
        { id: "maj", kind: "organization", name: "Senate Majority", aliases: [] },
        { id: "gop", kind: "organization", name: "Republicans", aliases: [] },
        { id: "mcc", kind: "person", name: "Mitch McConnell", aliases: [] },
      ],
      acronyms: [],
      descriptions: [],
      roles: [{ person: "mcc", title: "Leader", organization: "maj", evidence: a.ev("Mitch McConnell") }],
      quotes: [],
      events: [],
    };
    const c = buildCorpus([facts], [a.context]);
    expect(organisationDoubt(c, c.clusterOf("senate", "maj")!)).toMatch(/front of a title/);
    expect(organisationDoubt(c, c.clusterOf("senate", "gop")!)).toMatch(/group of people/);
    expect(roleDoubts(c, c.roles[0]).join()).toMatch(/front of a title/);
  });

  it("refuses a speaker whose first name contradicts the honorific of the sentence", () => {
    expect(genderClash("Michelle Obama", "“Tolerance is on the ballot,” Mr. Obama said.")).toBe(true);
    expect(genderClash("Barack Obama", "“Tolerance is on the ballot,” Mr. Obama said.")).toBe(false);
  });
});

describe("distractors from the same world", () => {
  it("never offers a speaker from an article that shares nothing with the key's", () => {
    const s = spyArticle();
    const b = article("hockey", ["“We played hard tonight,” said coach Dave Tippett of the Dallas Stars."]);
    const hockey: ArticleFacts = {
      article: { slug: "hockey", title: "Stars win" },
      entities: [{ id: "tippett", kind: "person", name: "Dave Tippett", aliases: [] }],
      acronyms: [],
      descriptions: [],
      roles: [],
      quotes: [{ text: "We played hard tonight,", speaker: "tippett", evidence: b.ev("Tippett") }],
      events: [],
    };
    const c = buildCorpus([s.facts, hockey], [s.context, b.context]);
    const key = c.clusterOf("spies", "hannigan")!;
    const picks = pickEntities(c, key, { n: 3, seed: "x", slug: "spies" });
    expect(picks).not.toContain("Dave Tippett");
    expect(picks).toEqual(expect.arrayContaining(["Keith Bristow", "David Cameron"]));
  });
});
