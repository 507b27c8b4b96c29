/** Checks for the causes found by the twelfth blind review (docs/question-review.md), in words of their own. */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { eventProblems, whenChoice } from "./events";
import { quoteChunks } from "./quotes";
import { quoteTrueFalse } from "./true-false";
import { fragmentProblem } from "./standalone";
import { article } from "./test-fixtures";
import { quoteDoubts, roleDoubts } from "./trust";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

function town() {
  const a = article(
    "town",
    [
      "Dayton had two murders in 2014, according to state data.",
      "The safest towns in the state in 2014 include Kettering.",
      "In 2015, Mayor Ann Reed said that 100 officers would be hired.",
      "The letters were largely sent in 2012 and 2013, though some date from as far back as 2010.",
      "The mill closed in 2008 after the owners sold it.",
    ],
    "2016-01-04",
  );
  const f: ArticleFacts = {
    article: { slug: "town", title: "Town" },
    entities: [],
    ...empty,
    events: [
      { when: "2014", what: "two murders", evidence: a.ev("murders") },
      { when: "2014", what: "safest towns", evidence: a.ev("safest") },
      { when: "2015", what: "the mayor said", evidence: a.ev("officers") },
      { when: "2012", what: "letters sent", evidence: a.ev("letters") },
      { when: "2008", what: "the mill closed", evidence: a.ev("mill") },
    ],
  };
  return buildCorpus([f], [a.context]);
}

describe("found in blind round 12 (mulberry32(20261220))", () => {
  it("asks no year that only dates data, a ranking, or one of a list of years", () => {
    const c = town();
    const problems = c.events.map((e) => eventProblems(c, e).join());
    expect(problems[0]).toMatch(/data \(“two murders”\)/);
    expect(problems[1]).toMatch(/data \(“the safest”\)/i);
    // a year that dates what someone said is an event, whatever figure the statement holds
    expect(problems[2]).toBe("");
    expect(problems[3]).toMatch(/one of a list of years/);
    expect(problems[4]).toBe("");
  });
  it("asks no year the article gives to three sentences or more", () => {
    const a = article("bg", [
      "The plant opened in 2014.",
      "Its owner moved to Akron in 2014.",
      "The school closed in 2014.",
      "The mill closed in 2008.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "bg", title: "Bg" },
      entities: [],
      ...empty,
      events: ["plant", "owner", "school", "mill"].map((w, i) => ({
        when: i === 3 ? "2008" : "2014",
        what: w,
        evidence: a.ev(w === "owner" ? "Its owner" : w),
      })),
    };
    const c = buildCorpus([f], [a.context]);
    expect(eventProblems(c, c.events[0]!).join()).toMatch(/dates 3 sentences to 2014/);
    expect(eventProblems(c, c.events[3]!)).toEqual([]);
  });
  it("offers no wrong date that the sentence itself gives", () => {
    const a = article("far", ["The archive was opened in 2011, though some files go back to 2009 and 2010."]);
    const f: ArticleFacts = {
      article: { slug: "far", title: "Far" },
      entities: [],
      ...empty,
      events: [{ when: "2011", what: "archive opened", evidence: a.ev("archive") }],
    };
    const c = buildCorpus([f], [a.context]);
    const options = whenChoice(c, c.events[0]!)!.question.options!.map((o) => o.text);
    expect(options).toContain("2011");
    expect(options).not.toContain("2009");
    expect(options).not.toContain("2010");
    expect(options).toHaveLength(4);
  });
  it("holds back a question put to someone, credited to them as their words", () => {
    const a = article("asked", ["Reed was asked, “What is the most dangerous place you have been to?”"]);
    const f: ArticleFacts = {
      article: { slug: "asked", title: "Asked" },
      entities: [{ id: "ar", kind: "person", name: "Ann Reed", aliases: ["Reed"] }],
      ...empty,
      quotes: [
        {
          text: "What is the most dangerous place you have been to?",
          speaker: "ar",
          evidence: a.ev("asked"),
          confidence: 0.9,
        },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/question put to someone/);
  });
  it("keeps a short sentence of a quotation with the one after it, and refuses a closing “that”", () => {
    const a = article("short", [
      "“There's a problem. We have to find out what is the problem in the water,” said Ann Reed.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "short", title: "Short" },
      entities: [{ id: "ar", kind: "person", name: "Ann Reed", aliases: [] }],
      ...empty,
      quotes: [
        {
          text: "There's a problem. We have to find out what is the problem in the water,",
          speaker: "ar",
          evidence: a.ev("problem"),
        },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteChunks(c, c.quotes[0]!).map((x) => x.text)).toEqual([
      "There's a problem. We have to find out what is the problem in the water,",
    ]);
    expect(fragmentProblem("No one else can say that")).toMatch(/points to something not shown/);
  });
  it("asks no true/false statement on words that name their own speaker", () => {
    const a = article("self", [
      "“Nobody will fight harder for this town than Ann Reed,” Reed said.",
      "“The bridge will open in May,” said Tom Fox.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "self", title: "Self" },
      entities: [
        { id: "ar", kind: "person", name: "Ann Reed", aliases: ["Reed"] },
        { id: "tf", kind: "person", name: "Tom Fox", aliases: [] },
      ],
      ...empty,
      quotes: [
        { text: "Nobody will fight harder for this town than Ann Reed,", speaker: "ar", evidence: a.ev("Nobody") },
        { text: "The bridge will open in May,", speaker: "tf", evidence: a.ev("bridge") },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    const pair = (i: number) => quoteTrueFalse(c, quoteChunks(c, c.quotes[i]!)[0]!)!;
    expect(pair(0).truth.problems.join()).toMatch(/names its own speaker/);
    expect(pair(1).truth.problems.join()).not.toMatch(/names its own speaker/);
  });
  it("holds back a role whose body runs a city and its state together", () => {
    const a = article("oak", ["Libby Schaaf, the mayor of Oakland, California, spoke."]);
    const f: ArticleFacts = {
      article: { slug: "oak", title: "Oak" },
      entities: [
        { id: "ls", kind: "person", name: "Libby Schaaf", aliases: [] },
        { id: "oc", kind: "place", name: "California, Oakland", aliases: [] },
      ],
      ...empty,
      roles: [{ person: "ls", title: "Mayor", organization: "oc", evidence: a.ev("Schaaf") }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(roleDoubts(c, c.roles[0]!).join()).toMatch(/runs two names together/);
  });
});
