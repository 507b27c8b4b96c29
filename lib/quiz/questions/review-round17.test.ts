/** Checks for the causes found by the seventeenth blind review (docs/question-review.md), in words of their own. */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { roleCloze } from "./cloze";
import { buildCorpus } from "./corpus";
import { eventProblems } from "./events";
import { checkStem } from "./flaws";
import { quoteChunks, quoteProblems } from "./quotes";
import { article, draft } from "./test-fixtures";
import { roleDoubts } from "./trust";
import { personNameDoubt } from "./validity";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 17 (mulberry32(20261225))", () => {
  const a = article(
    "slate",
    [
      "State Senate candidate Ann Reed spoke, as did Tom Fox, a former agency lawyer now at the Lake Institute.",
      "The slate includes Sam Bell, Joe Hall, Ed Ross and Akron Mayor Kim Lee.",
      "“I have a two-minute commute,” said Pat Moss, a bank clerk.",
      "“I am calling from the Reed campaign. How are you today?” a volunteer, Lou Park, asked.",
      "Fox dropped out of the race May 3, 2016.",
      "The vote will come on March 3, 2016.",
    ],
    "2016-02-24",
  );
  const people = ["Ann Reed", "Tom Fox", "Sam Bell", "Joe Hall", "Ed Ross", "Kim Lee", "Pat Moss", "Lou Park"];
  const f: ArticleFacts = {
    article: { slug: "slate", title: "Slate" },
    entities: [
      ...people.map((name, i) => ({ id: `p${i}`, kind: "person" as const, name, aliases: [] })),
      { id: "sen", kind: "organization", name: "Senate", aliases: [] },
    ],
    ...empty,
    roles: [
      { person: "p0", title: "candidate", organization: "sen", evidence: a.ev("Reed spoke") },
      { person: "p1", title: "former agency lawyer now", evidence: a.ev("Reed spoke") },
      { person: "p5", title: "Mayor", evidence: a.ev("slate") },
    ],
    quotes: [
      { text: "I have a two-minute commute,", speaker: "p6", evidence: a.ev("commute") },
      { text: "I am calling from the Reed campaign. How are you today?", speaker: "p7", evidence: a.ev("calling") },
    ],
    events: [
      { when: "May 3, 2016", what: "Fox dropped out", evidence: a.ev("dropped") },
      { when: "March 3, 2016", what: "the vote", evidence: a.ev("vote") },
    ],
  };
  const c = buildCorpus([f], [a.context]);

  it("holds back a candidacy read as a post at the body, and a body of another level", () => {
    const doubts = roleDoubts(c, c.roles[0]!).join();
    expect(doubts).toMatch(/candidacy is for an office/);
    expect(doubts).toMatch(/body is the state Senate, not “Senate”/);
  });
  it("holds back a title run into a time word", () => {
    expect(roleDoubts(c, c.roles[1]!).join()).toMatch(/runs into a time word/);
  });
  it("blanks no name from a list of four people or more", () => {
    expect(roleCloze(c, c.roles[2]!).problems.join()).toMatch(/lists \d people/);
  });
  it("asks no bystander's aside, and no greeting", () => {
    expect(quoteProblems(c, quoteChunks(c, c.quotes[0]!)[0]!).join()).toMatch(/bystander's aside/);
    expect(quoteProblems(c, quoteChunks(c, c.quotes[1]!)[0]!).join()).toMatch(/greeting/);
  });
  it("asks no date after publication told as past, but a planned one", () => {
    expect(eventProblems(c, c.events[0]!).join()).toMatch(/after the article was published/);
    expect(eventProblems(c, c.events[1]!).join()).not.toMatch(/after the article was published/);
  });
  it("refuses a word broken by a line-break hyphen, and a name that opens with an occupation", () => {
    expect(checkStem(draft({ prompt: "Fill in the blank: _____ left the court- room at noon." })).join()).toMatch(
      /line-break hyphen/,
    );
    expect(checkStem(draft({ prompt: "Fill in the blank: _____ backed pre- and post-war plans." })).join()).not.toMatch(
      /line-break hyphen/,
    );
    expect(personNameDoubt("Actress Rosario Dawson")).toMatch(/occupation/);
    expect(personNameDoubt("Rosario Dawson")).toBeUndefined();
  });
});
