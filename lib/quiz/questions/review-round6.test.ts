/** Checks for the causes of the wrong keys of the sixth blind review (docs/question-review.md, PolNeAR train). */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus, type Corpus } from "./corpus";
import { dateOfOtherClause } from "./event-text";
import { eventProblems, labelYear } from "./events";
import { articleApplies, notAPosition } from "./role-options";
import { orderableEvents } from "./ordering";
import { roleTitleChoice } from "./roles";
import { article } from "./test-fixtures";
import { quoteDoubts, roleDoubts } from "./trust";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("an embedded quotation introduced by “X said:”", () => {
  const a = article("tape", [
    'The newspaper editor Tom Grant wrote on Friday that he had a recording of Ann Hale, in which Hale said: "We will not give up this seat."',
    'Grant also wrote that Hale and Pruitt said: "The vote was close."',
  ]);
  const facts = (speaker: string): ArticleFacts => ({
    article: { slug: "tape", title: "Tape" },
    entities: [
      { id: "tg", kind: "person", name: "Tom Grant", aliases: ["Grant"] },
      { id: "ah", kind: "person", name: "Ann Hale", aliases: ["Hale"] },
      { id: "jp", kind: "person", name: "Jim Pruitt", aliases: ["Pruitt"] },
    ],
    ...empty,
    quotes: [
      { text: "We will not give up this seat.", speaker, evidence: a.ev("seat"), confidence: 0.9 },
      { text: "The vote was close.", speaker, evidence: a.ev("close"), confidence: 0.9 },
    ],
  });

  it("holds back a quote credited to the writer who reported it, not the person who “said:” it", () => {
    const c = buildCorpus([facts("tg")], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]).join()).toMatch(
      /introduced by “Hale said:”, which names Ann Hale, not Tom Grant/,
    );
    const right = buildCorpus([facts("ah")], [a.context]);
    expect(quoteDoubts(right, right.quotes[0])).toEqual([]);
  });

  it("holds back a quote whose “said:” names two people, whoever it is credited to", () => {
    const c = buildCorpus([facts("ah")], [a.context]);
    expect(quoteDoubts(c, c.quotes[1]).join()).toMatch(/names more than one person/);
  });
});

describe("“he said” at the end of a chain of sentences opening with “He”", () => {
  it("holds back a quote credited to the last man named when the chain starts with another", () => {
    const a = article("chain", [
      "Samuel Ortiz, a onetime lawyer for the state bar, later left the firm.",
      "He moved to Ohio last year and counts himself a Michael Dunn supporter.",
      "“The politics are just so blatant” in the legislature, he said.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "chain", title: "Chain" },
      entities: [
        { id: "so", kind: "person", name: "Samuel Ortiz", aliases: ["Ortiz"] },
        { id: "md", kind: "person", name: "Michael Dunn", aliases: ["Dunn"] },
      ],
      ...empty,
      quotes: [{ text: "The politics are just so blatant", speaker: "md", evidence: a.ev("blatant"), confidence: 0.9 }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]).join()).toMatch(/“he said” may be Samuel Ortiz/);
    // also when the extractor kept no entity for the man the chain starts with
    const unlinked = buildCorpus([{ ...f, entities: f.entities.filter((e) => e.id !== "so") }], [a.context]);
    expect(quoteDoubts(unlinked, unlinked.quotes[0]).join()).toMatch(/“he said” may be Samuel Ortiz/);
    // the speaker's own name, written with a suffix the entity keeps, is no rival
    const b = article("own", [
      "Samuel Ortiz Jr., a onetime lawyer for the state bar, later left the firm.",
      "He moved to Ohio last year.",
      "“The politics are just so blatant” in the legislature, he said.",
    ]);
    const own = buildCorpus(
      [
        {
          ...f,
          article: { slug: "own", title: "Own" },
          entities: [{ id: "so", kind: "person", name: "Samuel Ortiz Jr", aliases: [] }],
          quotes: [{ ...f.quotes[0]!, speaker: "so", evidence: b.ev("blatant") }],
        },
      ],
      [b.context],
    );
    expect(quoteDoubts(own, own.quotes[0]).join()).not.toMatch(/may be/);
  });
});

describe("role options the article makes true", () => {
  const a = article("race", [
    "Former Florida Gov. Jeb Bush campaigned in Salem.",
    "Republican presidential hopefuls Jeb Bush and Chris Christie attacked Rubio.",
    "Democratic presidential candidate Hillary Clinton spoke in Concord.",
    "State Senate President Steve Sweeney met Mayor Don Guardian and campaign manager Corey Lewandowski.",
  ]);
  const f: ArticleFacts = {
    article: { slug: "race", title: "Race" },
    entities: [
      { id: "jb", kind: "person", name: "Jeb Bush", aliases: ["Bush"] },
      { id: "cc", kind: "person", name: "Chris Christie", aliases: ["Christie"] },
      { id: "hc", kind: "person", name: "Hillary Clinton", aliases: ["Clinton"] },
      { id: "ss", kind: "person", name: "Steve Sweeney", aliases: ["Sweeney"] },
      { id: "dg", kind: "person", name: "Don Guardian", aliases: ["Guardian"] },
      { id: "cl", kind: "person", name: "Corey Lewandowski", aliases: ["Lewandowski"] },
    ],
    ...empty,
    roles: [
      { person: "jb", title: "former governor", evidence: a.ev("Former Florida") },
      { person: "hc", title: "presidential candidate", evidence: a.ev("Democratic presidential") },
      { person: "ss", title: "State Senate President", evidence: a.ev("Sweeney") },
      { person: "dg", title: "Mayor", evidence: a.ev("Sweeney") },
      { person: "cl", title: "campaign manager", evidence: a.ev("Sweeney") },
    ],
  };

  it("never offers a title the article applies to the person in another form", () => {
    const c = buildCorpus([f], [a.context]);
    const bush = c.roles.find((r) => r.personC.name === "Jeb Bush")!;
    const options = roleTitleChoice(c, bush).question.options!.map((o) => o.text);
    expect(options).toContain("Former governor");
    expect(options).not.toContain("Presidential candidate");
    const sweeney = c.clusters.find((x) => x.name === "Steve Sweeney")!;
    expect(articleApplies(c, sweeney, "race", "Senator")).toBe(true);
    // a title written next to someone else in the sentence, or of another rank, is not applied to this person
    expect(articleApplies(c, sweeney, "race", "Campaign manager")).toBe(false);
    expect(articleApplies(c, sweeney, "race", "Vice President")).toBe(false);
  });
});

describe("titles that name no position", () => {
  it("holds back a generic head without its body, keeps it with the body named", () => {
    const a = article("ac", [
      "Steve Sweeney, who also serves as a top official in the state iron workers union, spoke.",
      "A longtime JNF official, Howard Ingram, said the group met.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "ac", title: "AC" },
      entities: [
        { id: "ss", kind: "person", name: "Steve Sweeney", aliases: ["Sweeney"] },
        { id: "hi", kind: "person", name: "Howard Ingram", aliases: ["Ingram"] },
        { id: "jnf", kind: "organization", name: "Jewish National Fund", aliases: ["JNF"] },
      ],
      ...empty,
      roles: [
        { person: "ss", title: "top official", evidence: a.ev("Sweeney") },
        { person: "hi", title: "longtime official", organization: "jnf", evidence: a.ev("Ingram") },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(
      roleDoubts(
        c,
        c.roles.find((r) => r.personC.name === "Steve Sweeney")!,
      ).join(),
    ).toMatch(/generic head/);
    expect(
      roleDoubts(
        c,
        c.roles.find((r) => r.personC.name === "Howard Ingram")!,
      ).join(),
    ).not.toMatch(/generic/);
  });
});

describe("ordering items dated by another clause", () => {
  it("leaves out of the order an event dated by a clause about something else", () => {
    const a = article(
      "plant",
      [
        "The company was founded in Ohio in 2010.",
        "The company opened a second plant in Dayton in 2012.",
        "The company moved its headquarters to Texas in 2014.",
        "The governor's remarks came after the company announced layoffs in a Sunday statement.",
      ],
      "2016-03-24",
    );
    const ev = (when: string, needle: string) => ({ when, what: needle, evidence: a.ev(needle) });
    const f: ArticleFacts = {
      article: { slug: "plant", title: "Plant", published: "2016-03-24" },
      entities: [],
      ...empty,
      events: [ev("2010", "founded"), ev("2012", "second plant"), ev("2014", "headquarters"), ev("Sunday", "remarks")],
    };
    const c = buildCorpus([f], [a.context]);
    const items = orderableEvents(c, "plant", c.events).map((d) => d.phrase);
    expect(items).toHaveLength(3);
    expect(items.join()).not.toMatch(/remarks/);
  });

  it("refuses a date that belongs to a subordinate or relative clause the item is not", () => {
    expect(
      dateOfOtherClause(
        "The senator's remarks came after his rival announced a new plan in a Sunday post.",
        "Sunday",
        "The senator's remarks came after his rival announced a new plan in a post",
      ),
    ).toBe(true);
    expect(
      dateOfOtherClause(
        "Ms. Lane, who moved to Ohio in 2012, also said the plan would fail.",
        "2012",
        "Ms. Lane, who moved to Ohio, also said the plan would fail",
      ),
    ).toBe(true);
  });

  it("keeps a date of the main clause, of a noun after a preposition, or of the clause the item was cut to", () => {
    expect(
      dateOfOtherClause("The agency has grown since its launch in 2008.", "2008", "The launch of the agency"),
    ).toBe(false);
    expect(
      dateOfOtherClause("When the agency was created in 2013, it had forty staff.", "2013", "The agency was created"),
    ).toBe(false);
    expect(dateOfOtherClause("The mayor resigned on Sunday after the vote.", "Sunday", "The mayor resigned")).toBe(
      false,
    );
  });
});

describe("role options of the wrong kind (rule 5)", () => {
  it("holds back a relation, a race standing or a span of time as a title", () => {
    expect(notAPosition("member of a prominent Orthodox family")).toMatch(/relation/);
    expect(notAPosition("Democratic front-runner")).toMatch(/standing/);
    expect(notAPosition("mayor for many years")).toMatch(/span of time/);
    expect(notAPosition("executive director of advocacy")).toBeUndefined();
  });

  const a = article("gala", [
    "Campaign spokeswoman Hope Hicks said the gala was a success.",
    "Nathan Diament, executive director of advocacy for the Orthodox Union, called it a disgrace.",
    "Ari Fleischer, a former Bush administration official, spoke.",
    "Casino mogul and RJC backer Sheldon Adelson gave money.",
    "Mayor Don Guardian and Deputy Mayor Anna Ruiz welcomed them.",
  ]);
  const f: ArticleFacts = {
    article: { slug: "gala", title: "Gala" },
    entities: [
      { id: "hh", kind: "person", name: "Hope Hicks", aliases: ["Hicks"] },
      { id: "nd", kind: "person", name: "Nathan Diament", aliases: ["Diament"] },
      { id: "af", kind: "person", name: "Ari Fleischer", aliases: ["Fleischer"] },
      { id: "sa", kind: "person", name: "Sheldon Adelson", aliases: ["Adelson"] },
      { id: "dg", kind: "person", name: "Don Guardian", aliases: ["Guardian"] },
      { id: "ar", kind: "person", name: "Anna Ruiz", aliases: ["Ruiz"] },
      { id: "ou", kind: "organization", name: "Orthodox Union", aliases: [] },
      { id: "gwb", kind: "person", name: "George W. Bush", aliases: ["Bush"] },
      { id: "rjc", kind: "organization", name: "Republican Jewish Coalition", aliases: ["RJC"] },
    ],
    ...empty,
    roles: [
      { person: "hh", title: "campaign spokeswoman", evidence: a.ev("Hicks") },
      { person: "nd", title: "executive director of advocacy", organization: "ou", evidence: a.ev("Diament") },
      { person: "af", title: "former Bush administration official", evidence: a.ev("Fleischer") },
      { person: "sa", title: "casino mogul and RJC backer", evidence: a.ev("Adelson") },
      { person: "dg", title: "Mayor", evidence: a.ev("Guardian") },
      { person: "ar", title: "Deputy Mayor", evidence: a.ev("Ruiz") },
    ],
  };
  const options = (c: Corpus, name: string) =>
    roleTitleChoice(
      c,
      c.roles.find((r) => r.personC.name === name)!,
    ).question.options!.map((o) => o.text);

  it("never offers a woman's title for a man", () => {
    const c = buildCorpus([f], [a.context]);
    expect(options(c, "Don Guardian")).not.toContain("Campaign spokeswoman");
  });

  it("never offers a title tied to another body or person when the stem names an organisation", () => {
    const c = buildCorpus([f], [a.context]);
    const diament = options(c, "Nathan Diament");
    expect(diament).not.toContain("Former Bush administration official");
    expect(diament).not.toContain("Casino mogul and RJC backer");
  });
});

describe("a year that only labels a run for office", () => {
  it("is not asked as a date", () => {
    expect(labelYear("Trump, the 2016 presidential candidate, spoke in Ohio.", "2016")).toBe(
      "2016 presidential candidate",
    );
    expect(labelYear("His 2012 campaign raised more than it spent.", "2012")).toBe("2012 campaign");
    expect(labelYear("The 1964 Democratic convention met in the same hall.", "1964")).toBeUndefined();
    expect(labelYear("The law was passed in 2016 and the 2016 campaign began.", "2016")).toBeUndefined();
    const a = article("label", ["Trump, the 2016 presidential candidate, spoke in Ohio."], "2016-05-01");
    const f: ArticleFacts = {
      article: { slug: "label", title: "Label" },
      entities: [],
      ...empty,
      events: [{ when: "2016", what: "Trump spoke in Ohio", evidence: a.ev("Ohio") }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(eventProblems(c, c.events[0]).join()).toMatch(/only labels “2016 presidential candidate”/);
  });
});
