/**
 * Checks for the causes found after the sixth blind review, on a tuning set of ten other PolNeAR train
 * articles (docs/question-review.md, "Round 7"). Each case is written in its own words, not an article's.
 */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import type { Draft } from "./draft";
import { pickEntities } from "./distractors";
import { eventProblems, labelYear } from "./events";
import { checkStem, checkStructure } from "./flaws";
import { inSentence, takesThe } from "./naming";
import { articleApplies, notAPosition } from "./role-options";
import { fragmentProblem } from "./standalone";
import { article } from "./test-fixtures";
import { quoteDoubts, roleDoubts } from "./trust";
import { organisationDoubt } from "./validity";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("a pronoun whose referent is outside the quote", () => {
  it("does not take the sentence's own capital for a name", () => {
    expect(fragmentProblem("If the test shows they are sick and it can spread, then yes")).toBeDefined();
    expect(fragmentProblem("That her record on trade is so weak matters to every voter here")).toBeDefined();
  });
  it("finds one later in the sentence", () => {
    expect(fragmentProblem("The plant will close soon and the vote will follow what his board decides")).toMatch(
      /“his” refers to someone it does not name/,
    );
  });
  it("keeps a pronoun whose referent is inside: a name, a plural noun, a body", () => {
    expect(fragmentProblem("Nurses told us they are tired and the wards are full tonight")).toBeUndefined();
    expect(fragmentProblem("We thank the Board’s members for all their careful work this year")).toBeUndefined();
    expect(fragmentProblem("I am grateful to the committee for the time their staff gave us")).toBeUndefined();
    expect(fragmentProblem("Maria Lopez has done more for this town than anyone, and she will win")).toBeUndefined();
  });
});

describe("quotes that are not whole statements", () => {
  it("refuses a subordinate clause on its own", () => {
    expect(fragmentProblem("While the new rules are not ideal")).toMatch(/subordinate clause/);
    expect(fragmentProblem("While the rules are not ideal, they are better than nothing at all")).toBeUndefined();
  });
  it("refuses words that only announce what follows", () => {
    expect(fragmentProblem("Here's what matters most")).toMatch(/announces/);
  });
  it("refuses a sentence that goes on from a list before it", () => {
    expect(fragmentProblem("Especially schools, for instance, that teach the new syllabus early")).toMatch(
      /connective/,
    );
  });
});

describe("a quotation credited to someone it describes or who repeats another's words", () => {
  const a = article("pred", [
    'The magazine has opposed Dan Reyes, arguing he is "a reckless opportunist with no fixed beliefs at all."',
    'Reyes then quoted his mentor\'s favourite rule: "Never leave a friend behind in the field."',
    'Reyes said the plan was "the best deal the county has had in years."',
  ]);
  const f: ArticleFacts = {
    article: { slug: "pred", title: "Pred" },
    entities: [{ id: "dr", kind: "person", name: "Dan Reyes", aliases: ["Reyes"] }],
    ...empty,
    quotes: [
      { text: "a reckless opportunist with no fixed beliefs at all.", speaker: "dr", evidence: a.ev("opportunist") },
      { text: "Never leave a friend behind in the field.", speaker: "dr", evidence: a.ev("friend") },
      { text: "the best deal the county has had in years.", speaker: "dr", evidence: a.ev("county") },
    ].map((q) => ({ ...q, confidence: 0.9 })),
  };
  const c = buildCorpus([f], [a.context]);
  it("holds back words quoted as what a person is", () => {
    expect(quoteDoubts(c, c.quotes[0]).join()).toMatch(/say what someone is/);
  });
  it("holds back words the speaker quotes from someone else", () => {
    expect(quoteDoubts(c, c.quotes[1]).join()).toMatch(/someone else's words/);
  });
  it("keeps words quoted as what a thing is", () => {
    expect(quoteDoubts(c, c.quotes[2])).toEqual([]);
  });
});

describe("role options", () => {
  it("a relation to others is no position", () => {
    expect(notAPosition("Fellow candidate")).toMatch(/relation/);
    expect(notAPosition("Senior fellow")).toBeUndefined();
  });
  it("a title the sentence gives without a name may be anyone's there, so it is no wrong answer", () => {
    const a = article("chair", [
      "Rep. Ada Moss won her primary on Tuesday, beating a challenger backed by Tom Kerr fans who sought to unseat the former state party chairwoman.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "chair", title: "Chair" },
      entities: [
        { id: "am", kind: "person", name: "Ada Moss", aliases: ["Moss"] },
        { id: "tk", kind: "person", name: "Tom Kerr", aliases: ["Kerr"] },
      ],
      ...empty,
    };
    const c = buildCorpus([f], [a.context]);
    const moss = c.clusters.find((x) => x.name === "Ada Moss")!;
    expect(articleApplies(c, moss, "chair", "Chairwoman")).toBe(true);
    expect(articleApplies(c, moss, "chair", "Governor")).toBe(false);
  });
});

describe("names and years", () => {
  it("reads party, court and “University of” names with “the”, a plain university without", () => {
    expect(takesThe("Ohio Green Party")).toBe(true);
    expect(takesThe("University of Leeds")).toBe(true);
    expect(takesThe("Leeds University")).toBe(false);
  });
  it("a year naming a season of races is no event", () => {
    expect(labelYear("The tracker follows the top state races of 2018.", "2018")).toBe("races of 2018");
    expect(labelYear("The mill closed in 2018.", "2018")).toBeUndefined();
  });
});

const draft = (q: Partial<Draft["question"]>): Draft =>
  ({
    question: {
      id: "q_x",
      kind: "single_choice",
      fact: { kind: "role", id: "f_x" },
      prompt: "What position does the article give Ann Lee?",
      answer: "a",
      explanation: "The article names Ann Lee as judge.",
      source: { article: "x", sentence: "Judge Ann Lee ruled.", start: 0, end: 20 },
      difficulty: "medium",
      ...q,
    },
    problems: [],
  }) as unknown as Draft;

describe("options of unequal shape", () => {
  it("drops a choice whose key or one distractor is far longer than the rest", () => {
    const long = "Senior counsel in the city's office for the rights of tenants";
    const opts = (a: string) => [
      { id: "a", text: a },
      { id: "b", text: "Judge" },
      { id: "c", text: "Mayor" },
    ];
    expect(checkStructure(draft({ options: opts(long) })).join()).toMatch(/giveaway/);
    expect(checkStructure(draft({ options: opts("Judge of appeals"), answer: "b" })).join()).toBe("");
    const d = draft({ options: [...opts("Sheriff"), { id: "d", text: long }] });
    expect(checkStructure(d).join()).toMatch(/much longer than the others/);
  });
  it("drops an option with a cut, spaced ellipsis", () => {
    const d = draft({
      options: [
        { id: "a", text: "Judge" },
        { id: "b", text: "Having a case that has nothing to do with the law ." },
        { id: "c", text: "Mayor" },
      ],
    });
    expect(checkStem(d).join()).toMatch(/cut ellipsis/);
  });
});

describe("found on a second tuning set (mulberry32(20261215))", () => {
  it("refuses clauses about a sentence not shown, short reactions and quotes cut mid-phrase", () => {
    expect(fragmentProblem("When this happens, turnout at the polls tends to drop.")).toMatch(/clause about something/);
    expect(fragmentProblem("Oh, what a lovely surprise.")).toMatch(/reaction/);
    expect(fragmentProblem("the council should at once set up a")).toBeDefined();
    expect(fragmentProblem("The council should at once set up a")).toMatch(/cut in the middle/);
    expect(fragmentProblem("When the rain stops, turnout at the polls tends to rise.")).toBeUndefined();
  });
  it("a year naming the elections is no event", () => {
    expect(labelYear("Taxes became a focus of the 2018 elections in the state.", "2018")).toBe("2018 elections");
  });
  it("holds back a fact whose person is known by a surname alone", () => {
    const a = article("sur", ["Judge Pike ruled on Monday that the files must be released."]);
    const f: ArticleFacts = {
      article: { slug: "sur", title: "Sur" },
      entities: [{ id: "p", kind: "person", name: "Pike", aliases: [] }],
      ...empty,
      quotes: [{ text: "the files must be released", speaker: "p", evidence: a.ev("files"), confidence: 0.9 }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]).join()).toMatch(/only “Pike” is known/);
  });
});

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
