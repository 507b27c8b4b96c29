/**
 * Checks for the causes found by blind reviews 10 and 11 (docs/question-review.md) that round 10's rules
 * left open, each in words of its own.
 */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { splitSentences as splitArticle } from "../parse/sentences";
import { buildCorpus } from "./corpus";
import { eventProblems } from "./events";
import { checkStem, sameOrEnclosingBody } from "./flaws";
import { withFirstNames } from "./full-names";
import { roleTitleChoice, plainTitle } from "./roles";
import { comparableSpeaker, describedIn } from "./speaker-fields";
import { fragmentProblem, verbless } from "./standalone";
import { article, sentenceCloze } from "./test-fixtures";
import { organisationDoubt } from "./validity";
import { candidateDrafts } from "./candidates";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind rounds 10 and 11 (mulberry32(20261218), mulberry32(20261219))", () => {
  it("a quoted sentence with no main verb leans on the sentence before", () => {
    expect(verbless("One of the most unusual mayors in the history of the city.")).toBe(true);
    expect(verbless("Absolutely not the way to run a school board.")).toBe(true);
    expect(verbless("A disgrace to the voters who elected him.")).toBe(true);
    expect(verbless("Who knows what the board will do next?")).toBe(false);
    expect(verbless("The voters deserve a board that listens.")).toBe(false);
    expect(fragmentProblem("Just quietly raising fees on families in Dayton, Akron, etc.")).toMatch(/no main verb/);
  });
  it("refuses quotes that point back or report what others say", () => {
    expect(fragmentProblem("There could be some delays to the project in that regard.")).toMatch(/points back/);
    expect(fragmentProblem("Some say the new bridge will never carry trucks.")).toMatch(/what others say/);
    expect(fragmentProblem("Was that the best use of the council's money?")).toMatch(/pronoun/);
    expect(fragmentProblem("The new bridge will carry trucks by the end of the year.")).toBeUndefined();
  });
  it("does not split an article sentence after a plural title", () => {
    const t = "The bill was backed by state Reps. Ann Reed and Tom Fox. It passed.";
    expect(splitArticle(t).map((s) => t.slice(s.start, s.end))).toEqual([
      "The bill was backed by state Reps. Ann Reed and Tom Fox.",
      "It passed.",
    ]);
  });
  const mayor = () => {
    const a = article("city", [
      "Mayor Bill de Blasio took office in 2014.",
      "De Blasio disbanded the unit in April 2014.",
      "The mill in Dayton closed in 2008 after the owners sold it.",
      "Only 360 voters took part in the county in 2012.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "city", title: "City" },
      entities: [{ id: "bdb", kind: "person", name: "Bill de Blasio", aliases: [] }],
      ...empty,
      events: [
        { when: "2012", what: "voters took part", evidence: a.ev("360") },
        { when: "2008", what: "the mill closed", evidence: a.ev("mill") },
      ],
    };
    return { a, c: buildCorpus([f], [a.context]) };
  };
  it("gives a surname standing alone in a stem the first name the article knows", () => {
    const { c } = mayor();
    expect(withFirstNames(c, "city", "De Blasio disbanded the unit in _____.")).toBe(
      "[Bill] De Blasio disbanded the unit in _____.",
    );
    // inside a quotation the words stay as spoken; a full name is left alone
    expect(withFirstNames(c, "city", "“De Blasio is wrong,” she said.")).toBe("“De Blasio is wrong,” she said.");
    expect(withFirstNames(c, "city", "Bill de Blasio spoke.")).toBe("Bill de Blasio spoke.");
  });
  it("refuses a stem whose “the unit” is identified in a sentence not shown", () => {
    const stem = (sentence: string) => checkStem(sentenceCloze(sentence, "2014")).join();
    expect(stem("Bill de Blasio disbanded the unit in April 2014.")).toMatch(/“the unit” is identified/);
    expect(stem("Bill de Blasio disbanded the unit that watched mosques in April 2014.")).toBe("");
    expect(stem("Bill de Blasio disbanded the Demographics Unit in April 2014.")).toBe("");
  });
  it("asks no year that only dates a figure", () => {
    const { c } = mayor();
    expect(eventProblems(c, c.events[0]!).join()).toMatch(/data \(“360”\)/);
    expect(eventProblems(c, c.events[1]!)).toEqual([]);
  });
  it("takes a body's other name, or the body it belongs to, for a second right option", () => {
    expect(sameOrEnclosingBody("Wyoming Republican Party", "Wyoming GOP")).toBe(true);
    expect(sameOrEnclosingBody("Republican Party of Wyoming", "Wyoming GOP")).toBe(true);
    expect(sameOrEnclosingBody("Republican Party", "Wyoming GOP")).toBe(true);
    expect(sameOrEnclosingBody("Ohio Democratic Party", "Wyoming GOP")).toBe(false);
  });
  it("offers only plain titles among titles", () => {
    expect(plainTitle("Campaign manager")).toBe(true);
    expect(plainTitle("Deputy Assistant Attorney General")).toBe(true);
    expect(plainTitle("Chair Representative")).toBe(false);
    expect(plainTitle("Independent senator from Vermont")).toBe(false);
  });
  it("takes a party word used as an adjective for no body", () => {
    const a = article("iowa", ["Tom Fox, an Iowa Republican strategist, spoke."]);
    const f: ArticleFacts = {
      article: { slug: "iowa", title: "Iowa" },
      entities: [
        { id: "ir", kind: "organization", name: "Iowa Republican", aliases: [] },
        { id: "cr", kind: "organization", name: "College Republicans", aliases: [] },
      ],
      ...empty,
    };
    const c = buildCorpus([f], [a.context]);
    expect(
      organisationDoubt(
        c,
        c.clusters.find((x) => x.name === "Iowa Republican")!,
      ),
    ).toMatch(/party label/);
    expect(
      organisationDoubt(
        c,
        c.clusters.find((x) => x.name === "College Republicans")!,
      ) ?? "",
    ).not.toMatch(/party label/);
  });
  it("never offers as a wrong speaker the person the quote describes, nor someone of another field from elsewhere", () => {
    const a = article("race", [
      "“The presumptive Republican nominee has not thought this through,” said Ann Reed, a professor.",
      "Republican nominee Tom Fox disagreed.",
    ]);
    const b = article("media", ["Joe Hall, a professor of journalism, spoke.", "Sam Bell, the mayor of Akron, spoke."]);
    const fa: ArticleFacts = {
      article: { slug: "race", title: "Race" },
      entities: [
        { id: "ar", kind: "person", name: "Ann Reed", aliases: [] },
        { id: "tf", kind: "person", name: "Tom Fox", aliases: [] },
      ],
      ...empty,
      roles: [
        { person: "ar", title: "professor", evidence: a.ev("presumptive") },
        { person: "tf", title: "Republican nominee", evidence: a.ev("disagreed") },
      ],
      quotes: [
        {
          text: "The presumptive Republican nominee has not thought this through",
          speaker: "ar",
          evidence: a.ev("presumptive"),
        },
      ],
    };
    const fb: ArticleFacts = {
      article: { slug: "media", title: "Media" },
      entities: [
        { id: "jh", kind: "person", name: "Joe Hall", aliases: [] },
        { id: "sb", kind: "person", name: "Sam Bell", aliases: [] },
      ],
      ...empty,
      roles: [
        { person: "jh", title: "professor", evidence: b.ev("Hall") },
        { person: "sb", title: "mayor", evidence: b.ev("Bell") },
      ],
    };
    const c = buildCorpus([fa, fb], [a.context, b.context]);
    const q = c.quotes[0]!;
    expect(describedIn(c, q, q.text).map((x) => x.name)).toEqual(["Tom Fox"]);
    const fits = comparableSpeaker(c, q.speakerC!, "race");
    const person = (n: string) => c.clusters.find((x) => x.name === n)!;
    expect(fits(person("Joe Hall"))).toBe(true);
    expect(fits(person("Sam Bell"))).toBe(false);
    expect(fits(person("Tom Fox"))).toBe(true);
  });
  it("holds which-organisation questions for a teacher, and drops a title choice whose key is a description", () => {
    const a = article("dnc", [
      "Jo Hart, the chairman of the Ohio Democratic Party, spoke.",
      "Ed Ross is a senator from Vermont.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "dnc", title: "DNC" },
      entities: [
        { id: "jh", kind: "person", name: "Jo Hart", aliases: [] },
        { id: "er", kind: "person", name: "Ed Ross", aliases: [] },
        { id: "odp", kind: "organization", name: "Ohio Democratic Party", aliases: [] },
      ],
      ...empty,
      roles: [
        { person: "jh", title: "chairman", organization: "odp", evidence: a.ev("Hart") },
        { person: "er", title: "senator from Vermont", evidence: a.ev("Ross") },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    const { drafts } = candidateDrafts(c, []);
    const orgChoice = drafts.find((d) => d.question.prompt.includes("of which organisation"));
    expect(orgChoice?.doubts?.join()).toMatch(/checked before use/);
    expect(roleTitleChoice(c, c.roles[1]!).problems.join()).toMatch(/description, not a plain title/);
  });
});
