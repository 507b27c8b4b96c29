/**
 * Checks for the causes found by blind round 22 (PolNeAR train, mulberry32(20261230)) and by the blind review of
 * the fifteen general-news articles (docs/question-review.md), in words of their own.
 */
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../generate";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { eventItemText, itemProblems } from "./event-text";
import { roleStatement } from "./roles";
import { fragmentProblem } from "./standalone";
import { anchorRelativeTimes } from "./stems";
import { article, quoteFacts } from "./test-fixtures";
import { descriptionTrueFalse } from "./true-false";
import { descriptionDoubts, eventDoubts, quoteDoubts } from "./trust";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("stems", () => {
  it("do not read a paper's name (“USA TODAY”, “USA Today”) as the day of publication", () => {
    const s = "Jane Roe is a member of the USA TODAY Board of Contributors.";
    expect(anchorRelativeTimes(s, "2016-06-17")).toEqual({ text: s, problems: [] });
    expect(anchorRelativeTimes("She told USA Today that the vote was close.", "2016-06-17").problems).toEqual([]);
    expect(anchorRelativeTimes("Today the council voted to close the pool.", "2016-06-17").text).toMatch(
      /Today \(17 June 2016\)/,
    );
  });
});

describe("ordering items", () => {
  it("are refused when the date was the possessive determiner of the noun left behind", () => {
    const item = eventItemText("The plan was the centrepiece of the mayor's Sunday's address to the city.", "Sunday");
    expect(item === undefined || itemProblems(item).length > 0).toBe(true);
    expect(itemProblems("'s attacks in the capital shocked the country")).toContain(
      "the event phrase keeps a possessive whose owner was cut",
    );
  });
});

describe("events", () => {
  it("hold back the dateline of a release: it dates the writing, not the event", () => {
    const a = article("rel", [
      "FORT BLISS, Texas, Aug. 25, 2011 -- The command opened its new headquarters on Aug. 19, 2011.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "rel", title: "Release" },
      entities: [],
      ...empty,
      events: [
        { when: "Aug. 25, 2011", what: "the release", evidence: a.ev("FORT") },
        { when: "Aug. 19, 2011", what: "opened its new headquarters", evidence: a.ev("FORT") },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(eventDoubts(c, c.events[0]!).join()).toMatch(/is the dateline/);
    expect(eventDoubts(c, c.events[1]!).join()).not.toMatch(/dateline/);
  });
});

describe("descriptions", () => {
  const a = article("nice", [
    "The truck drove down the Promenade des Anglais, which skirts the coast where crowds had gathered.",
    "One of the world's largest food companies, Harlan Foods, will build a plant in the town.",
    "Orion Electronics opened a plant nearby last year.",
  ]);
  const f: ArticleFacts = {
    article: { slug: "nice", title: "Nice" },
    entities: [
      { id: "ang", kind: "organization", name: "Anglais", aliases: [] },
      { id: "hf", kind: "organization", name: "Harlan Foods", aliases: [] },
      { id: "oe", kind: "organization", name: "Orion Electronics", aliases: [] },
    ],
    ...empty,
    descriptions: [
      { subject: "ang", text: "skirts the coast where crowds had gathered", evidence: a.ev("Promenade") },
      { subject: "hf", text: "One of the world's largest food companies", evidence: a.ev("Harlan") },
    ],
  };
  const c = buildCorpus([f], [a.context]);
  it("hold back a relative clause, whose noun is a guess of the parse", () => {
    expect(descriptionDoubts(c, c.descriptions[0]!).join()).toMatch(/relative clause/);
  });
  it("read the kind of “one of the world's largest food companies” as companies", () => {
    expect(descriptionTrueFalse(c, c.descriptions[1]!)?.falsehood).toBeUndefined();
  });
});

describe("role statements", () => {
  it("join a title and its body with the article's own word", () => {
    expect(
      roleStatement(
        "Rick Lane",
        "assistant chief of staff",
        "Installation Management",
        "Lt. Gen. Rick Lane, assistant chief of staff for Installation Management, spoke.",
      ),
    ).toBe("The article names Rick Lane as the assistant chief of staff for Installation Management");
  });
});

describe("wrong speakers", () => {
  it("are never a name the articles write after an article (“the King James Bible”)", () => {
    const a = article("read", [
      "After reading a passage from the King James Bible, Dale Beck said, “I just want you to know what this book means to people here.”",
      "“The border will be closed on my first day in office, no matter who objects,” said Tom Cruz.",
      "“We will win this state by a margin nobody in the press expects today,” said Don Trent.",
      "“Voters here care about jobs more than anything the candidates have said,” said Ann Pole.",
    ]);
    const f = quoteFacts(
      a,
      [
        ["db", "Dale Beck"],
        ["kjb", "King James Bible"],
        ["tc", "Tom Cruz"],
        ["dt", "Don Trent"],
        ["ap", "Ann Pole"],
      ],
      [
        ["I just want you to know what this book means to people here.", "db", "passage"],
        ["it is written", "kjb", "passage"],
        ["The border will be closed on my first day in office, no matter who objects,", "tc", "border"],
        ["We will win this state by a margin nobody in the press expects today,", "dt", "margin"],
        ["Voters here care about jobs more than anything the candidates have said,", "ap", "Voters"],
      ],
    );
    const r = generateQuestions([f], { articles: [a.context] });
    const who = r.questions.filter((q) => q.kind === "single_choice" && q.fact.kind === "quote");
    expect(who.length).toBeGreaterThan(0);
    for (const q of who) expect((q.options ?? []).map((o) => o.text)).not.toContain("King James Bible");
  });
});

describe("speakers: the wrong key of blind round 23 and the rest of the PolNeAR audit", () => {
  const facts = (
    a: ReturnType<typeof article>,
    people: [string, string][],
    quotes: [string, string, string, string[]?][],
  ) => buildCorpus([quoteFacts(a, people, quotes)], [a.context]);

  it("holds back words after “X said … and said” credited to a name in between", () => {
    const a = article("nyc", [
      "Mayor Dan Price said the order came from police commissioner Bill Cray and said, “Who are you going to trust on keeping people safe?”",
    ]);
    const c = facts(
      a,
      [
        ["dp", "Dan Price"],
        ["bc", "Bill Cray"],
      ],
      [["Who are you going to trust on keeping people safe?", "bc", "Mayor"]],
    );
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/the sentence's subject says these words, not Bill Cray/);
  });
  it("holds back “the president said” when two people of the article hold that title", () => {
    const a = article("deal", [
      "President Tom Hale played golf with Bank President Li Wen on Saturday.",
      "The talks ran late into the night.",
      "The president also said, “I imagine walking with my grandchildren one day and telling them we did this.”",
    ]);
    const c = facts(
      a,
      [
        ["th", "Tom Hale"],
        ["lw", "Li Wen"],
      ],
      [["I imagine walking with my grandchildren one day and telling them we did this.", "lw", "imagine"]],
    );
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/2 people of the article hold that title/);
  });
  it("holds back a quotation with no cue of its own whose sentence names another person", () => {
    const a = article("fr", [
      "“The country is no longer what it was,” said Don Grant.",
      "“The country will always be what it is,” an angry Paul Marceau retaliated.",
    ]);
    const c = facts(
      a,
      [
        ["dg", "Don Grant"],
        ["pm", "Paul Marceau"],
      ],
      [
        ["The country is no longer what it was,", "dg", "no longer"],
        ["The country will always be what it is,", "dg", "always", ["rule:continued"]],
      ],
    );
    expect(quoteDoubts(c, c.quotes[1]!).join()).toMatch(/names Paul Marceau, who may be the one speaking/);
  });
  it("holds back a cue that names only a surname two quoted people of the article share", () => {
    const a = article("fam", [
      "“We are so proud of what she has built over these years,” Lane declared at the rally.",
      "“I will keep fighting for the families of this state,” said Ada Lane.",
      "“She has my vote and my whole heart,” said Rob Lane.",
    ]);
    const c = facts(
      a,
      [
        ["al", "Ada Lane"],
        ["rl", "Rob Lane"],
      ],
      [
        ["We are so proud of what she has built over these years,", "al", "proud"],
        ["I will keep fighting for the families of this state,", "al", "fighting"],
        ["She has my vote and my whole heart,", "rl", "whole heart"],
      ],
    );
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/names only “Lane”, and Rob Lane shares that surname/);
    expect(quoteDoubts(c, c.quotes[1]!).join()).not.toMatch(/shares that surname/);
  });
});

describe("found in blind round 23 (mulberry32(20261232))", () => {
  it("refuses a quotation that opens with a connective answering a sentence not shown", () => {
    expect(fragmentProblem("On the contrary — you'll be happier when the rules are fair to everyone.")).toMatch(
      /opens with a connective/,
    );
  });
  it("refuses “those Republicans” named in a sentence not shown, but not “those Republicans who …”", () => {
    expect(fragmentProblem("The governor never really resonated with those Republicans.")).toMatch(
      /“those Republicans” are named in a sentence not shown/,
    );
    expect(fragmentProblem("The governor never resonated with those Republicans who work in the mills.")).toBe(
      undefined,
    );
  });
  it("says “an MSNBC reporter” as the article does, not “the reporter of MSNBC”", () => {
    expect(roleStatement("Ann Wald", "reporter", "MSNBC", "MSNBC reporter Ann Wald tweeted the transcript.")).toBe(
      "The article names Ann Wald as an MSNBC reporter",
    );
    expect(roleStatement("Ann Wald", "engineer", "NASA", "NASA engineer Ann Wald spoke.")).toBe(
      "The article names Ann Wald as a NASA engineer",
    );
  });
  it("holds back a bare year the headline gives: the page's frame", () => {
    const a = article("list", ["Here is what many people said that got us thinking in 2015."]);
    const c = buildCorpus(
      [
        {
          article: { slug: "list", title: "Things People Said In 2015" },
          entities: [],
          ...empty,
          events: [{ when: "2015", what: "got us thinking", evidence: a.ev("thinking") }],
        },
      ],
      [a.context],
    );
    expect(eventDoubts(c, c.events[0]!).join()).toMatch(/is in the headline/);
  });
});
