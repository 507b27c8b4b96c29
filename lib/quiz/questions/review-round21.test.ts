/**
 * Checks for the causes the blind reviews of rounds 7–20 share (docs/question-review.md, "Rules after the
 * twentieth blind review"), each in words of its own: rules for kinds of failure, not for one article.
 */
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../generate";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { ownPost } from "./quotes";
import { fragmentProblem } from "./standalone";
import { article, quoteFacts } from "./test-fixtures";
import { descriptionTrueFalse, roleTrueFalse } from "./true-false";
import { quoteDoubts, roleDoubts } from "./trust";
import { splitSentences } from "./text";
import { titleDoubt } from "./validity";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("a later sentence of a quotation", () => {
  const a = article("farm", [
    "Farm leaders met in Dodge City on Friday.",
    "“Prices for feed have doubled since spring across the whole county. We will ask the state for emergency help next week.” said Ruth Kaye, head of the Kansas Farm Bureau.",
    "Another grower, Ned Olsen, disagreed with her.",
    "“Feed costs are high, but the new grain contracts will cover most of the gap this year,” Olsen said.",
    "Mary Bloom, a banker, said loans were up.",
    "“We have lent more to farms this quarter than in any quarter since the drought of 2012,” Bloom said.",
  ]);
  const f = quoteFacts(
    a,
    [
      ["rk", "Ruth Kaye"],
      ["no", "Ned Olsen"],
      ["mb", "Mary Bloom"],
    ],
    [
      [
        "Prices for feed have doubled since spring across the whole county. We will ask the state for emergency help next week.",
        "rk",
        "Prices for feed",
      ],
      ["Feed costs are high, but the new grain contracts will cover most of the gap this year,", "no", "Feed costs"],
      ["We have lent more to farms this quarter than in any quarter since the drought of 2012,", "mb", "lent more"],
    ],
  );
  const r = generateQuestions([f], { articles: [a.context] });

  it("waits for a teacher when it is short, since it may lean on the sentences before it", () => {
    const later = r.held.filter((h) => /We will ask the state for emergency help/.test(h.question.prompt));
    expect(later.length).toBeGreaterThan(0);
    expect(later[0]!.reasons.join()).toMatch(/later sentence of the quotation/);
    expect(r.questions.some((q) => /We will ask the state for emergency help/.test(q.prompt))).toBe(false);
  });
  it("keeps the quotation's first sentence in practice", () => {
    expect(r.questions.some((q) => q.fact.kind === "quote" && /Prices for feed/.test(q.prompt))).toBe(true);
  });
});

describe("wrong speakers", () => {
  const a = article("talks", [
    "“The tariff will hurt every port on this coast within a year,” said Lena Ortiz.",
    "Tel Aviv said in a statement that it would wait.",
    "“Ports have weathered worse storms than this one and will again,” said Omar Haddad.",
    "“Nobody in the shipping trade expected the talks to last this long,” said Bob.",
    "“Our members will vote on the offer before the end of the month,” said Grace Moreau.",
  ]);
  const f = quoteFacts(
    a,
    [
      ["lo", "Lena Ortiz"],
      ["ta", "Tel Aviv"],
      ["oh", "Omar Haddad"],
      ["bob", "Bob"],
      ["gm", "Grace Moreau"],
    ],
    [
      ["The tariff will hurt every port on this coast within a year,", "lo", "tariff"],
      ["it would wait", "ta", "Tel Aviv"],
      ["Ports have weathered worse storms than this one and will again,", "oh", "weathered"],
      ["Nobody in the shipping trade expected the talks to last this long,", "bob", "Nobody"],
      ["Our members will vote on the offer before the end of the month,", "gm", "members"],
    ],
  );
  it("are full names of people: never a place, a body or a lone first name the extractor took for one", () => {
    const r = generateQuestions([f], { articles: [a.context] });
    const who = r.questions.filter((q) => q.kind === "single_choice" && q.fact.kind === "quote");
    expect(who.length).toBeGreaterThan(0);
    for (const q of who) {
      const wrong = (q.options ?? []).filter((o) => o.id !== q.answer).map((o) => o.text);
      expect(wrong).not.toContain("Tel Aviv");
      expect(wrong).not.toContain("Bob");
    }
  });
  it("are never asked about words in which the speaker names their own post", () => {
    expect(ownPost("Look, I voted numerous times when I was a senator to build a barrier")).toMatch(/senator/);
    expect(ownPost("As governor, I balanced the budget every year")).toMatch(/governor/);
    expect(ownPost("I'm the mayor of this city and I will not leave")).toMatch(/mayor/);
    expect(ownPost("As a mother, I worry about the schools")).toBeUndefined();
    expect(ownPost("I am a candidate who brought people together")).toBeUndefined();
    expect(ownPost("I was a million votes ahead of him")).toBeUndefined();
  });
});

describe("quotations that open with a phrase", () => {
  it("are refused when the first sentence has no verb and takes up a sentence not shown", () => {
    expect(
      fragmentProblem("The reckless spending. When a council borrows like this, the town pays for years."),
    ).toMatch(/opens with a phrase that has no verb/);
  });
  it("are kept when the first sentence ends at an abbreviation and goes on with its verb", () => {
    expect(
      fragmentProblem("As a surgeon and teacher, Dr. Ames will lead the hospital into its next decade of research."),
    ).toBeUndefined();
  });
});

describe("roles", () => {
  const a = article("hill", [
    "House Speaker Dana Wirth said the bill would pass.",
    "Investigative reporter Lucy Marsh wrote about the vote.",
    "Critics revived theories about President Walter Crane’s death in office.",
    "Wirth spoke after the vote, which Marsh covered.",
  ]);
  const f: ArticleFacts = {
    article: { slug: "hill", title: "Hill" },
    entities: [
      { id: "dw", kind: "person", name: "Dana Wirth", aliases: [] },
      { id: "lm", kind: "person", name: "Lucy Marsh", aliases: [] },
      { id: "wc", kind: "person", name: "Walter Crane", aliases: [] },
      { id: "house", kind: "organization", name: "House", aliases: [] },
      { id: "inv", kind: "organization", name: "Investigative", aliases: [] },
    ],
    ...empty,
    roles: [
      { person: "dw", title: "Speaker", organization: "house", evidence: a.ev("House Speaker") },
      { person: "lm", title: "reporter", organization: "inv", evidence: a.ev("Investigative") },
      { person: "wc", title: "President", evidence: a.ev("theories") },
    ],
  };
  const c = buildCorpus([f], [a.context]);

  it("read “the House” as English does, whatever its modifier uses (“House Speaker”)", () => {
    expect(roleTrueFalse(c, c.roles[0]!).truth.question.prompt).toMatch(/Dana Wirth is the Speaker of the House\./);
  });
  it("hold back a body that is only an adjective (“Investigative reporter”)", () => {
    expect(roleDoubts(c, c.roles[1]!).join()).toMatch(/“Investigative” is an adjective/);
  });
  it("hold back a person named once, as the owner of something else (a passing mention)", () => {
    expect(roleDoubts(c, c.roles[2]!).join()).toMatch(/passing mention/);
    expect(roleDoubts(c, c.roles[0]!).join()).not.toMatch(/passing mention/);
  });
  it("refuse a title that opens with a preposition of the sentence", () => {
    expect(titleDoubt("against fellow candidate")).toMatch(/opens with “against”/);
    expect(titleDoubt("fellow candidate")).toBeUndefined();
  });
});

describe("a false description", () => {
  const a = article("air", [
    "Kestrel Labs, a digital security firm, found the flaw.",
    "The flaw affected Malaysia Airlines and Vantage Security, a rival firm.",
  ]);
  const facts = (withRival: boolean): ArticleFacts => ({
    article: { slug: "air", title: "Air" },
    entities: [
      { id: "kl", kind: "organization", name: "Kestrel Labs", aliases: [] },
      { id: "ma", kind: "organization", name: "Malaysia Airlines", aliases: [] },
      ...(withRival ? [{ id: "vs", kind: "organization" as const, name: "Vantage Security", aliases: [] }] : []),
    ],
    ...empty,
    descriptions: [
      { subject: "kl", text: "a digital security firm", evidence: a.ev("Kestrel") },
      ...(withRival ? [{ subject: "vs", text: "a rival firm", evidence: a.ev("Vantage") }] : []),
    ],
  });
  it("gives the description only to another body of its kind: an airline is no security firm", () => {
    const alone = buildCorpus([facts(false)], [a.context]);
    expect(descriptionTrueFalse(alone, alone.descriptions[0]!)?.falsehood).toBeUndefined();
    const rival = buildCorpus([facts(true)], [a.context]);
    expect(descriptionTrueFalse(rival, rival.descriptions[0]!)?.falsehood?.question.prompt).toMatch(/Vantage Security/);
  });
});

describe("found in blind round 21 (mulberry32(20261229))", () => {
  it("keeps a quotation whole across a month's abbreviation before a number", () => {
    expect(splitSentences("A remark made by the mayor on Aug. 15 was rough around the edges. It hurt.")).toEqual([
      "A remark made by the mayor on Aug. 15 was rough around the edges.",
      "It hurt.",
    ]);
  });
  it("refuses a partial quotation that opens with a past form whose subject is outside the quotation marks", () => {
    expect(
      fragmentProblem("built a nearly insurmountable lead among both delegates and the voters who matter."),
    ).toMatch(/opens without its subject/);
  });
  it("holds back words credited to a name the sentence writes after “the” (a column, not a person)", () => {
    const a = article("col", [
      "“The council has lost its way on housing and must start again,” said the Civic Voice column on Monday.",
    ]);
    const f = quoteFacts(
      a,
      [["cv", "Civic Voice"]],
      [["The council has lost its way on housing and must start again,", "cv", "council"]],
    );
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/a body's name, not a person's/);
  });
});

describe("speakers checked against PolNeAR's annotated sources (train, every article)", () => {
  it("holds back “he said” when the name before it only qualifies another person's title", () => {
    const a = article("poll", [
      "Senator Tom Vance won the state in 2012.",
      "Vance pollster Tunde Adeyemi, who ran the polling, saw the shift early.",
      "“Rural voters are beginning to see that they have more in common with the suburbs,” he said.",
    ]);
    const f = quoteFacts(
      a,
      [["rv", "Tom Vance"]],
      [["Rural voters are beginning to see that they have more in common with the suburbs,", "rv", "Rural"]],
    );
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/only in another person's title/);
  });
  it("holds back words credited to one speaker on a line that opens with another's name and a colon", () => {
    const a = article("debate", [
      "Lane: “Our goal is to contain the outbreak, and then to end it.”",
      "Ortiz: “The mission is to end the outbreak, not to contain it.”",
    ]);
    const f: ArticleFacts = {
      article: { slug: "debate", title: "Debate" },
      entities: [
        { id: "lane", kind: "person", name: "Mara Lane", aliases: ["Lane"] },
        { id: "ortiz", kind: "person", name: "Juan Ortiz", aliases: ["Ortiz"] },
      ],
      ...empty,
      quotes: [
        { text: "Our goal is to contain the outbreak, and then to end it.", speaker: "lane", evidence: a.ev("goal") },
        { text: "The mission is to end the outbreak, not to contain it.", speaker: "lane", evidence: a.ev("mission") },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]!).join()).not.toMatch(/opens with/);
    expect(quoteDoubts(c, c.quotes[1]!).join()).toMatch(/opens with “Ortiz:”, who is not Mara Lane/);
  });
});
