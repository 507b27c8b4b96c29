import { describe, expect, it } from "vitest";
import { generateQuestions } from "../generate";
import type { ArticleFacts } from "../types";
import { buildCorpus, samePersonName } from "./corpus";
import { pickEntities } from "./distractors";
import { article, spyArticle } from "./test-fixtures";
import { acronymMatching, matchingProblems, solvableByInitials } from "./matching";
import { quoteForPrompt } from "./quotes";
import { roleTitleChoice, titleOverlaps } from "./roles";
import { clauseCut, fragmentProblem, joinDependentSentences } from "./standalone";
import { roleDoubts } from "./trust";
import { genderClash, organisationDoubt, personNameDoubt, titleDoubt } from "./validity";

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
    // the same damage decomposed: "A" followed by combining marks
    expect(personNameDoubt("FranA\u0303\u0302\u00a7ois Hollande")).toMatch(/garbled/);
    expect(personNameDoubt("Vermont Democrats")).toMatch(/group of people/);
    expect(personNameDoubt("Secretaries")).toMatch(/not a name/);
  });

  it("refuses a title that runs into a clause or is cut off", () => {
    expect(titleDoubt("Librarian has named the current Poet Laureate")).toMatch(/clause/);
    expect(titleDoubt("professor at Harvard and director of the lab says")).toMatch(/clause/);
    expect(titleDoubt("delegate leader over her rival")).toMatch(/pronoun/);
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
    expect(personNameDoubt("Republican")).toMatch(/not a name/);
    expect(roleDoubts(c, c.roles[0]).join()).toMatch(/front of a title/);
  });

  it("refuses a speaker whose first name contradicts the honorific of the sentence", () => {
    expect(genderClash("Michelle Obama", "“Tolerance is on the ballot,” Mr. Obama said.")).toBe(true);
    expect(genderClash("Barack Obama", "“Tolerance is on the ballot,” Mr. Obama said.")).toBe(false);
  });
});

describe("surname coreference", () => {
  it("holds back a surname-only title that does not fit the title the full name carries", () => {
    const a = article("state", [
      "The diplomat served under President Bill Clinton in the 1990s.",
      "She said former Secretary Clinton put speed over security.",
    ]);
    const facts: ArticleFacts = {
      article: { slug: "state", title: "State" },
      entities: [{ id: "bc", kind: "person", name: "Bill Clinton", aliases: ["Clinton"] }],
      acronyms: [],
      descriptions: [],
      roles: [
        { person: "bc", title: "President", evidence: a.ev("President Bill") },
        { person: "bc", title: "Secretary", evidence: a.ev("Secretary Clinton") },
      ],
      quotes: [],
      events: [],
    };
    const c = buildCorpus([facts], [a.context]);
    expect(roleDoubts(c, c.roles[0])).toEqual([]);
    expect(roleDoubts(c, c.roles[1]).join()).toMatch(/names only “Clinton” as Secretary/);
  });

  it("counts a double surname written alone as the same person", () => {
    expect(samePersonName("Wasserman Schultz", "Debbie Wasserman Schultz")).toBe(true);
    expect(samePersonName("Bill Clinton", "Hillary Clinton")).toBe(false);
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

describe("distractors that cannot be right", () => {
  it("treats an abbreviation and its written-out title, and a title family, as one position", () => {
    expect(titleOverlaps("Chief executive officer", ["CEO"])).toBe(true);
    expect(titleOverlaps("Chief Executive", ["CEO"])).toBe(true);
    expect(titleOverlaps("Judge", ["Lord Justice"])).toBe(true);
    expect(titleOverlaps("Spokesman", ["spokeswoman"])).toBe(true);
    expect(titleOverlaps("Press Secretary", ["CEO"])).toBe(false);
  });

  it("never offers a title the person holds elsewhere, under another name (alias or title family)", () => {
    const s = spyArticle([
      "Keith Bristow, the NCA's CEO, spoke first.",
      "Jane Roe, the agency's Chief Executive Officer until May, said she backed the plan.",
      "Lord Justice Sam Doe heard the case.",
    ]);
    s.facts.entities.push(
      { id: "roe", kind: "person", name: "Jane Roe", aliases: [] },
      { id: "doe", kind: "person", name: "Sam Doe", aliases: [] },
    );
    s.facts.roles.push(
      { person: "bristow", title: "CEO", organization: "nca", evidence: s.ev("the NCA's CEO") },
      { person: "roe", title: "Chief Executive Officer", evidence: s.ev("Jane Roe") },
      { person: "doe", title: "Judge", evidence: s.ev("Lord Justice") },
    );
    const c = buildCorpus([s.facts], [s.context]);
    const bristow = c.roles.find((r) => r.person === "bristow" && r.title === "Director General")!;
    const options = roleTitleChoice(c, bristow).question.options!.map((o) => o.text);
    // Roe's title is Bristow's own "CEO" written out: it would be a second right answer
    expect(options).not.toContain("Chief Executive Officer");
    expect(options).not.toContain("CEO");
    expect(options).toContain("Director General");
  });
});

describe("self-contained quotes", () => {
  it("refuses a sentence that opens with a connective or a pronoun, or a cut-in fragment about someone", () => {
    expect(fragmentProblem("But they are 100 percent wrong about the plan.")).toMatch(/connective/);
    expect(fragmentProblem("It went beyond the moment, and everyone knew it.")).toMatch(/pronoun/);
    expect(fragmentProblem("That is what happens when nobody listens.")).toMatch(/pronoun/);
    expect(fragmentProblem("if elected, she would sign this legislation.")).toMatch(/fragment/);
    expect(fragmentProblem("What's the lesson from that?")).toMatch(/question/);
    expect(fragmentProblem("This week's takedowns show the department is relentless.")).toBeUndefined();
    expect(fragmentProblem("He [Francis Collins] is an ideal choice to lead the NIH.")).toBeUndefined();
  });

  it("keeps a dependent sentence joined to the one before it, and cuts long text only at a clause end", () => {
    expect(joinDependentSentences(["We tracked the gangs online.", "This is a hard task."], 45)).toEqual([
      "We tracked the gangs online. This is a hard task.",
    ]);
    expect(clauseCut("one two three four five six, seven eight nine ten eleven twelve", 8)).toBe(
      "one two three four five six …",
    );
    expect(clauseCut("one two three four five six seven eight nine ten eleven twelve", 8)).toBeUndefined();
  });

  it("closes an inner quotation that lost its mark with the outer one", () => {
    expect(quoteForPrompt("Then you called ‘miracles,’”")).toBe("Then you called ‘miracles’");
  });

  it("does not match abbreviations to long forms when the initials alone decide every pair", () => {
    const s = spyArticle();
    const c = buildCorpus([s.facts], [s.context]);
    const [m] = acronymMatching(c);
    expect(solvableByInitials(m)).toBe(true);
    expect(matchingProblems(c, m)).toContain("the initials alone decide every pair");
  });
});
