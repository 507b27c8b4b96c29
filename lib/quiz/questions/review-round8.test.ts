/**
 * Checks for the causes found by the blind reviews of rounds 7 and 8 (docs/question-review.md), each
 * written in its own words, not an article's.
 */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { pickEntities } from "./distractors";
import { eventProblems } from "./events";
import { checkStem } from "./flaws";
import { matchingDraft } from "./matching";
import { inSentence, takesThe } from "./naming";
import { roleStatement } from "./roles";
import { fragmentProblem } from "./standalone";
import { article, draft } from "./test-fixtures";
import { quoteDoubts, roleDoubts } from "./trust";
import { organisationDoubt, personNameDoubt } from "./validity";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 7 (mulberry32(20261213))", () => {
  it("holds back a role the article gives as a former one", () => {
    const a = article("past", ["The campaign hired former county party executive director Ann Reed in May."]);
    const f: ArticleFacts = {
      article: { slug: "past", title: "Past" },
      entities: [{ id: "ar", kind: "person", name: "Ann Reed", aliases: ["Reed"] }],
      ...empty,
      roles: [{ person: "ar", title: "executive director", evidence: a.ev("Reed"), confidence: 0.9 }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(roleDoubts(c, c.roles[0]).join()).toMatch(/as a former title/);
  });
  it("refuses a comparison with nothing to compare to, keeps one with its “than”", () => {
    expect(fragmentProblem("We should be doing much better.")).toMatch(/compares/);
    expect(fragmentProblem("We are doing much better than we did last year.")).toBeUndefined();
  });
  it("never reads a person's name with “the”, reads one-word bodies that take it with it", () => {
    const a = article("the", ["The Reed camp said the plan was late.", "Later, the Reed camp disagreed with Reed."]);
    const f: ArticleFacts = {
      article: { slug: "the", title: "The" },
      entities: [{ id: "r", kind: "person", name: "Reed", aliases: [] }],
      ...empty,
    };
    expect(inSentence(buildCorpus([f], [a.context]), "Reed")).toBe("Reed");
    expect(takesThe("Senate")).toBe(true);
    expect(takesThe("Congress")).toBe(false);
  });
  it("a “-based” phrase is no organisation, wherever the word is", () => {
    const a = article("based", ["said Ann Reed, a Texas-based Republican strategist."]);
    const f: ArticleFacts = {
      article: { slug: "based", title: "Based" },
      entities: [{ id: "o", kind: "organization", name: "Texas-based Republican", aliases: [] }],
      ...empty,
    };
    const c = buildCorpus([f], [a.context]);
    expect(organisationDoubt(c, c.clusters[0]!)).toMatch(/adjective/);
  });
  it("offers no person from another article who shares a surname with someone in the key's", () => {
    // two articles of one world (they name the same two bodies), so options may come from either
    const a = article("a", ["Tom Fox and Jeb Lane of the Lake Fund spoke to the Ohio Senate."]);
    const b = article("b", ["Mary Lane, Kim Ross and Dan Hill of the Lake Fund spoke to the Ohio Senate."]);
    const entities = (people: [string, string][]) => [
      ...people.map(([id, name]) => ({ id, kind: "person" as const, name, aliases: [] })),
      { id: "lf", kind: "organization" as const, name: "Lake Fund", aliases: [] },
      { id: "os", kind: "organization" as const, name: "Ohio Senate", aliases: [] },
    ];
    const people = [
      ["ml", "Mary Lane"],
      ["kr", "Kim Ross"],
      ["dh", "Dan Hill"],
    ] as [string, string][];
    const corpus = (other: string) =>
      buildCorpus(
        [
          {
            article: { slug: "a", title: "A" },
            entities: entities([
              ["tf", "Tom Fox"],
              ["jl", "Jeb Lane"],
            ]),
            ...empty,
          },
          { article: { slug: "b", title: "B" }, entities: entities([["ml", other], ...people.slice(1)]), ...empty },
        ],
        [
          a.context,
          {
            ...b.context,
            sentences: b.context.sentences!.map((x) => ({ ...x, text: x.text.replace("Mary Lane", other) })),
          },
        ],
      );
    const picks = (other: string) => {
      const c = corpus(other);
      return pickEntities(
        c,
        c.clusters.find((x) => x.name === "Tom Fox")!,
        { n: 3, seed: "q_x", slug: "a" },
      );
    };
    expect(picks("Mary Cole")).toContain("Mary Cole");
    expect(picks("Mary Lane")).not.toContain("Mary Lane");
  });
  it("asks no date from a relative clause, nor from a sentence whose “the state” is named before it", () => {
    const a = article("dates", [
      "said Ann Reed, a strategist who advised the Lane campaign in 2012.",
      "The governor won the state in 2008 but lost it four years later.",
      "The mill in Dayton closed in 2008 after the owners sold it.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "dates", title: "Dates" },
      entities: [],
      ...empty,
      events: [
        { when: "2012", what: "advised the Lane campaign", evidence: a.ev("advised") },
        { when: "2008", what: "the mill closed", evidence: a.ev("mill") },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(eventProblems(c, c.events[0]!).join()).toMatch(/relative clause/);
    expect(eventProblems(c, c.events[1]!)).toEqual([]);
    const stem = (sentence: string) =>
      checkStem(
        draft({
          kind: "cloze",
          fact: { kind: "event", id: "f_e" },
          prompt: `Fill in the blank: ${sentence.replace("2008", "_____")}`,
          answer: "2008",
          source: { article: "dates", sentence, start: 0, end: sentence.length },
        }),
      ).join();
    expect(stem("The governor won the state in 2008 but lost it four years later.")).toMatch(/“the state” is named/);
    expect(stem("The mill in Dayton closed in 2008 after the owners sold it.")).toBe("");
  });
  it("refuses a stem that opens a quotation with two apostrophes", () => {
    expect(
      checkStem(
        draft({ prompt: "Which date completes this sentence: “''There is time,' said Ann Reed in _____.”?" }),
      ).join(),
    ).toMatch(/two apostrophes/);
  });
});

describe("found in blind round 8 (mulberry32(20261216))", () => {
  it("an ordinal or a faith is not the name of a body or a person", () => {
    const a = article("ord", ["Fourth was the Lake Fund, and the Muslim soldier came next."]);
    const f: ArticleFacts = {
      article: { slug: "ord", title: "Ord" },
      entities: [
        { id: "f", kind: "organization", name: "Fourth", aliases: [] },
        { id: "m", kind: "organization", name: "Muslim", aliases: [] },
      ],
      ...empty,
    };
    const c = buildCorpus([f], [a.context]);
    expect(c.clusters.map((x) => organisationDoubt(c, x))).toEqual([
      expect.stringMatching(/ordinal/),
      expect.stringMatching(/faith/),
    ]);
    expect(personNameDoubt("Fourth")).toMatch(/ordinal/);
  });
  it("holds back a title cut from a hyphenated word", () => {
    const a = article("hy", ["The rally was led by anti-tax leader Ann Reed on Friday."]);
    const f: ArticleFacts = {
      article: { slug: "hy", title: "Hy" },
      entities: [{ id: "ar", kind: "person", name: "Ann Reed", aliases: ["Reed"] }],
      ...empty,
      roles: [{ person: "ar", title: "Tax leader", evidence: a.ev("Reed"), confidence: 0.9 }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(roleDoubts(c, c.roles[0]).join()).toMatch(/hyphenated/);
  });
  it("gives a common-noun title its article in a statement", () => {
    expect(roleStatement("Ann Reed", "presidential candidate")).toBe(
      "The article names Ann Reed as a presidential candidate",
    );
    expect(roleStatement("Ann Reed", "Senator")).toBe("The article names Ann Reed as Senator");
  });
  it("drops a matching question whose pairs come from more than one article", () => {
    const pair = (slug: string, n: number) => ({
      identity: `${slug}${n}`,
      slug,
      left: `L${slug}${n}`,
      right: `R${slug}${n}`,
      source: { article: slug, sentence: "S.", start: 0, end: 2 },
      why: "W.",
    });
    const one = matchingDraft("role", "Match each person.", [pair("a", 1), pair("a", 2), pair("a", 3)], []);
    const two = matchingDraft("role", "Match each person.", [pair("a", 1), pair("a", 2), pair("b", 3)], []);
    expect(one.problems).toEqual([]);
    expect(two.problems.join()).toMatch(/2 articles/);
  });
});

describe("speakers found wrong in blind round 8", () => {
  const people = [
    { id: "ar", kind: "person" as const, name: "Ann Reed", aliases: ["Reed"] },
    { id: "tl", kind: "person" as const, name: "Mitt Lane", aliases: ["Lane"] },
    { id: "jw", kind: "person" as const, name: "Jim Webb", aliases: ["Webb"] },
  ];
  it("holds back “she said” when the sentence before used “she” before naming the one credited", () => {
    const a = article("she", [
      "The senator says her stance is sincere.",
      "She was a keen backer of the 2012 nominee Mitt Lane.",
      '"I went to every rally," she said.',
    ]);
    const f: ArticleFacts = {
      article: { slug: "she", title: "She" },
      entities: people,
      ...empty,
      quotes: [{ text: "I went to every rally", speaker: "tl", evidence: a.ev("rally"), confidence: 0.99 }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]).join()).toMatch(/someone else/);
  });
  it("holds back “he … and said” credited to someone not named just before", () => {
    const a = article("he", [
      "The reporter Jim Webb wrote a long piece in May.",
      "It ran on the front page.",
      "Mitt Lane left no doubt about it in the interview.",
      "Eight years ago, he backed the mayor and said, “The council has never helped us.”",
    ]);
    const f: ArticleFacts = {
      article: { slug: "he", title: "He" },
      entities: people,
      ...empty,
      quotes: [
        { text: "The council has never helped us.", speaker: "jw", evidence: a.ev("council"), confidence: 0.95 },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]).join()).toMatch(/has no mention of Jim Webb just before it/);
  });
  it("holds back a continued quotation credited to another speaker than the words it continues", () => {
    const a = article("cont", ['"I went to every rally," Reed said.', '"It was worth it."']);
    const f: ArticleFacts = {
      article: { slug: "cont", title: "Cont" },
      entities: people,
      ...empty,
      quotes: [
        { text: "I went to every rally", speaker: "ar", evidence: a.ev("rally"), confidence: 0.99 },
        {
          text: "It was worth it.",
          speaker: "tl",
          evidence: a.ev("worth"),
          confidence: 0.99,
          signals: ["rule:continued"],
        },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[1]).join()).toMatch(/continues a quotation the article gives to Ann Reed/);
  });
});

describe("found in blind round 9 (mulberry32(20261217))", () => {
  it("finds “former” before the name when the sentence abbreviates the title", () => {
    const a = article("gov", ["On Monday, Former Ohio Gov. Ann Reed called the plan unfair."]);
    const f: ArticleFacts = {
      article: { slug: "gov", title: "Gov" },
      entities: [{ id: "ar", kind: "person", name: "Ann Reed", aliases: ["Reed"] }],
      ...empty,
      roles: [{ person: "ar", title: "Governor", evidence: a.ev("Reed"), confidence: 0.9 }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(roleDoubts(c, c.roles[0]).join()).toMatch(/as a former title/);
  });
  it("holds back words the organisation said, credited to the person whose name it carries or to the outlet", () => {
    const a = article("voice", [
      "The Reed campaign explained in its release: “The income paid for new schools.”",
      "A source speaking to City News said “the files were moved in May.”",
      "Ann Reed told reporters: “The income paid for roads.”",
    ]);
    const f: ArticleFacts = {
      article: { slug: "voice", title: "Voice" },
      entities: [
        { id: "ar", kind: "person", name: "Ann Reed", aliases: ["Reed"] },
        { id: "cn", kind: "organization", name: "City News", aliases: [] },
      ],
      ...empty,
      quotes: [
        { text: "The income paid for new schools.", speaker: "ar", evidence: a.ev("schools"), confidence: 0.9 },
        { text: "the files were moved in May.", speaker: "cn", evidence: a.ev("files"), confidence: 0.9 },
        { text: "The income paid for roads.", speaker: "ar", evidence: a.ev("roads"), confidence: 0.9 },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]).join()).toMatch(/“Reed campaign”, not to Ann Reed in person/);
    expect(quoteDoubts(c, c.quotes[1]).join()).toMatch(/City News is who the words were said to/);
    expect(quoteDoubts(c, c.quotes[2]).join()).not.toMatch(/in person|said to/);
  });
});
