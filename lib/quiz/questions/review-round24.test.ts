/**
 * Checks for the causes found by blind rounds 24 and 25 (PolNeAR train, mulberry32(20261233) and (20261234),
 * docs/question-review.md), in words of their own.
 */
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../generate";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { ownPost, quoteChunks } from "./quotes";
import { quoteTrueFalse } from "./true-false";
import { article, quoteFacts } from "./test-fixtures";
import { quoteDoubts, roleDoubts } from "./trust";
import { fragmentProblem } from "./standalone";
import { personNameDoubt } from "./validity";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 24", () => {
  it("holds back words credited to a name that only stands inside a relative clause about the speaker", () => {
    const a = article("diner", [
      "Ned Pike, a retired farmer who voted for Carl Vance, said that of all the candidates:",
      "“There is only one I trust, and it is the one who pays for his own campaign.”",
    ]);
    const f = quoteFacts(
      a,
      [
        ["np", "Ned Pike"],
        ["cv", "Carl Vance"],
      ],
      [
        [
          "There is only one I trust, and it is the one who pays for his own campaign.",
          "cv",
          "only one",
          ["colon-lead"],
        ],
      ],
    );
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/named only inside a relative clause/);
  });
  it("holds back a role whose body is an abbreviation cut from a title (“with Sen. Ann Roy's campaign”)", () => {
    const a = article("aide", ["“We should not pretend,” said Tom Ray, a senior aide with Sen. Ann Roy's campaign."]);
    const f: ArticleFacts = {
      article: { slug: "aide", title: "Aide" },
      entities: [
        { id: "tr", kind: "person", name: "Tom Ray", aliases: [] },
        { id: "sen", kind: "organization", name: "Sen", aliases: [] },
      ],
      ...empty,
      roles: [{ person: "tr", title: "senior aide", organization: "sen", evidence: a.ev("aide") }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(roleDoubts(c, c.roles[0]!).join()).toMatch(/abbreviation cut from a title or a place/);
  });
});

describe("found in blind round 25", () => {
  it("asks no who-said choice on words that claim a race only some options run (“If elected …”)", () => {
    expect(ownPost("If elected POTUS, I will stop the practice on day one")).toMatch(/If elected/);
    expect(ownPost("When I'm president, the wall gets built")).toMatch(/president/);
    expect(ownPost("We elected a new board last year and it works")).toBeUndefined();
  });
  it("offers as wrong quotations only the article's own, surely someone else's", () => {
    const a = article("rally", [
      "“We will protect every worker in this state from the plant closures,” said Ann Lowe.",
      "The Republican candidate answered by saying, “I am trying to save lives and jobs in every county.”",
      "“The budget has to balance before anything else is promised,” said Bo Marsh.",
    ]);
    const b = article("other", ["“Our schools need more teachers than the state can hire this year,” said Cy Dunn."]);
    const f: ArticleFacts = {
      article: { slug: "rally", title: "Rally" },
      entities: [
        { id: "al", kind: "person", name: "Ann Lowe", aliases: [] },
        { id: "bm", kind: "person", name: "Bo Marsh", aliases: [] },
        { id: "rc", kind: "person", name: "Republican Candidate", aliases: [] },
      ],
      ...empty,
      quotes: [
        {
          text: "We will protect every worker in this state from the plant closures,",
          speaker: "al",
          evidence: a.ev("protect"),
        },
        {
          text: "I am trying to save lives and jobs in every county.",
          speaker: "rc",
          evidence: a.ev("save lives"),
          confidence: 0.3,
        },
        {
          text: "The budget has to balance before anything else is promised,",
          speaker: "bm",
          evidence: a.ev("budget"),
        },
      ],
    };
    const g: ArticleFacts = {
      article: { slug: "other", title: "Other" },
      entities: [{ id: "cd", kind: "person", name: "Cy Dunn", aliases: [] }],
      ...empty,
      quotes: [
        {
          text: "Our schools need more teachers than the state can hire this year,",
          speaker: "cd",
          evidence: b.ev("schools"),
        },
      ],
    };
    const r = generateQuestions([f, g], { articles: [a.context, b.context] });
    const which = [...r.questions, ...r.held.map((h) => h.question), ...r.dropped.map((d) => d.question)].filter(
      (q) => q.kind === "single_choice" && /Which of these does the article attribute/.test(q.prompt),
    );
    for (const q of which) {
      const texts = (q.options ?? [])
        .filter((o) => o.id !== q.answer)
        .map((o) => o.text)
        .join(" | ");
      expect(texts).not.toMatch(/Our schools need more teachers/);
      expect(texts).not.toMatch(/save lives and jobs/);
    }
  });
});

describe("found in blind rounds 26 and 27 (mulberry32(20261235) and (20261236))", () => {
  const one = (sentences: string[], people: string[], quote: [string, number, string[]?]) => {
    const a = article("x", sentences);
    const ids = people.map((name, i): [string, string] => [`p${i}`, name]);
    return buildCorpus(
      [quoteFacts(a, ids, [[quote[0], `p${quote[1]}`, quote[0].slice(0, 12), quote[2]]])],
      [a.context],
    );
  };
  it("holds back “he said” that follows another person's “X said …” in the sentence before", () => {
    const c = one(
      [
        "Sajid Tarr started Farmers for Lane last year.",
        "Tarr said selling Jim Lane to other farmers has been a challenge.",
        "“People looked at me like I had done something wrong,” he said.",
      ],
      ["Sajid Tarr", "Jim Lane"],
      ["People looked at me like I had done something wrong,", 1],
    );
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/goes on with Tarr, not Jim Lane/);
  });
  it("holds back words “the woman” said when the article credits them to a named person", () => {
    const c = one(
      [
        "Ann Hale was adopted from Seoul in 1975.",
        "“As a child, my mom always told me I had citizenship,” said the woman, who spoke on the condition of anonymity.",
      ],
      ["Ann Hale"],
      ["As a child, my mom always told me I had citizenship,", 0],
    );
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/does not name who speaks/);
  });
  it("holds back a role whose “person” is the appositive naming the institution of the title", () => {
    const a = article("cadet", [
      "Omar Sy, a cadet at the country's elite military academy, Saint-Cyr Coetquidan, was flying home.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "cadet", title: "Cadet" },
      entities: [{ id: "sc", kind: "person", name: "Saint-Cyr Coetquidan", aliases: [] }],
      ...empty,
      roles: [{ person: "sc", title: "cadet at the country's elite military academy", evidence: a.ev("cadet") }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(roleDoubts(c, c.roles[0]!).join()).toMatch(/names the academy, not a person/);
  });
  it("refuses a name with a descriptor run into it and a partial quotation opening with an adjective", () => {
    expect(personNameDoubt("Korean-born Monte Hale")).toMatch(/holds a descriptor/);
    expect(fragmentProblem("very different from somebody misreading what I said about the scholarship offer.")).toMatch(
      /opens without its subject/,
    );
  });
});

describe("found in blind rounds 28 and 29 (mulberry32(20261237) and (20261238))", () => {
  it("holds back “he said” after words two people said together (“they said”)", () => {
    const a = article("ed", [
      "Tadeo Wilcox and Zev Beruff argued that states should run their schools, they said.",
      "“If children are left behind at the state level, we have a problem in this country,” he said.",
    ]);
    const f = quoteFacts(
      a,
      [
        ["tw", "Tadeo Wilcox"],
        ["cb", "Zev Beruff"],
      ],
      [["If children are left behind at the state level, we have a problem in this country,", "tw", "children"]],
    );
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/two people said together/);
  });
  it("holds back a full name borrowed from another article when this one names a namesake in full", () => {
    const a = article("fl", [
      "The state's standards rose under former governor Ted Hale and Gov. Rick Scott.",
      "“It started with Gov. Hale, who raised the standards for every school,” said Ann Roy.",
    ]);
    const b = article("dc", ["Former President Gus Hale spoke at the library on Monday."]);
    const f: ArticleFacts = {
      article: { slug: "fl", title: "FL" },
      entities: [{ id: "gh", kind: "person", name: "Gus Hale", aliases: ["Hale"] }],
      ...empty,
      roles: [{ person: "gh", title: "Governor", evidence: a.ev("It started") }],
    };
    const g: ArticleFacts = {
      article: { slug: "dc", title: "DC" },
      entities: [{ id: "gh", kind: "person", name: "Gus Hale", aliases: [] }],
      ...empty,
    };
    const c = buildCorpus([f, g], [a.context, b.context]);
    expect(roleDoubts(c, c.roles[0]!).join()).toMatch(/the article names Ted Hale/);
  });
});

describe("found in blind round 30 (mulberry32(20261239))", () => {
  it("holds back a role whose title is only a form of address inside a quotation", () => {
    const a = article("ny", ["“Secretary Lane needs the voters a name like Walsh attracts,” said Hank Sheen."]);
    const f: ArticleFacts = {
      article: { slug: "ny", title: "NY" },
      entities: [{ id: "al", kind: "person", name: "Ada Lane", aliases: ["Lane"] }],
      ...empty,
      roles: [{ person: "al", title: "Secretary", evidence: a.ev("Secretary") }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(roleDoubts(c, c.roles[0]!).join()).toMatch(/only in a quotation: a form of address/);
  });
  it("holds back a party label taken for the body of a title (“Democratic U.S. Rep. Gwen Graham”)", () => {
    const a = article("fl", ["Democratic U.S. Rep. Gwen Hale won the primary on Tuesday."]);
    const f: ArticleFacts = {
      article: { slug: "fl", title: "FL" },
      entities: [
        { id: "gh", kind: "person", name: "Gwen Hale", aliases: [] },
        { id: "du", kind: "organization", name: "Democratic U.S.", aliases: [] },
      ],
      ...empty,
      roles: [{ person: "gh", title: "Representative", organization: "du", evidence: a.ev("Rep.") }],
    };
    const c = buildCorpus([f], [a.context]);
    expect(roleDoubts(c, c.roles[0]!).join()).toMatch(/party label before a title/);
  });
  it("never names a newspaper as the false speaker of a person's words", () => {
    const a = article("sun", [
      "“Making people more scared is not the path forward for this state,” said Gwen Hale.",
      "“Voters deserve a plan, not a slogan, from every candidate,” the Orlando Courier wrote in an editorial.",
      "“We will cut the tax on groceries in the first session,” said Ray Dunn.",
    ]);
    const c = buildCorpus(
      [
        quoteFacts(
          a,
          [
            ["gh", "Gwen Hale"],
            ["oc", "Orlando Courier"],
            ["rd", "Ray Dunn"],
          ],
          [
            ["Making people more scared is not the path forward for this state,", "gh", "scared"],
            ["Voters deserve a plan, not a slogan, from every candidate,", "oc", "Voters"],
            ["We will cut the tax on groceries in the first session,", "rd", "groceries"],
          ],
        ),
      ],
      [a.context],
    );
    const pair = quoteTrueFalse(c, quoteChunks(c, c.quotes[0]!)[0]!);
    expect(pair?.falsehood?.question.prompt ?? "").not.toMatch(/Orlando Courier/);
  });
});
