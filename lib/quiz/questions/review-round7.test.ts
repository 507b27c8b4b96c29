/**
 * Checks for the causes found after the sixth blind review, on a tuning set of ten other PolNeAR train
 * articles (docs/question-review.md, "Round 7"). Each case is written in its own words, not an article's.
 */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { labelYear } from "./events";
import { checkStem, checkStructure } from "./flaws";
import { takesThe } from "./naming";
import { articleApplies, notAPosition } from "./role-options";
import { fragmentProblem } from "./standalone";
import { article, draft } from "./test-fixtures";
import { quoteDoubts } from "./trust";

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
