/** Checks for the causes found by the nineteenth blind review (docs/question-review.md), in words of their own. */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { labelYear } from "./events";
import { checkStem } from "./flaws";
import { quoteChunks, quoteProblems } from "./quotes";
import { article, sentenceCloze } from "./test-fixtures";
import { roleTrueFalse } from "./true-false";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 19 (mulberry32(20261227))", () => {
  const a = article("camp", [
    "Tom Fox ran the Reed campaign and then the Hall operation in Ohio.",
    "“He brings a level of calm that the team has lacked for a long while,” said Ann Reed.",
    "“We reject the claim outright. That assertion has no basis in any of the numbers we have seen,” said Joe Hall.",
    "Republican presidential nominee Sam Bell spoke after the Ohio governor Kim Lee.",
  ]);
  const f: ArticleFacts = {
    article: { slug: "camp", title: "Camp" },
    entities: ["Tom Fox", "Ann Reed", "Joe Hall", "Sam Bell", "Kim Lee"].map((name, i) => ({
      id: `p${i}`,
      kind: "person" as const,
      name,
      aliases: [],
    })),
    ...empty,
    roles: [{ person: "p3", title: "presidential nominee", evidence: a.ev("Bell") }],
    quotes: [
      {
        text: "He brings a level of calm that the team has lacked for a long while,",
        speaker: "p1",
        evidence: a.ev("calm"),
      },
      {
        text: "We reject the claim outright. That assertion has no basis in any of the numbers we have seen,",
        speaker: "p2",
        evidence: a.ev("assertion"),
      },
    ],
  };
  const c = buildCorpus([f], [a.context]);

  it("takes no name used as a modifier (“the Reed campaign”) for the referent of “he”", () => {
    expect(quoteChunks(c, c.quotes[0]!)[0]!.referent).toBeUndefined();
  });
  it("refuses a later sentence of a quotation that points back with “that …”", () => {
    const later = quoteChunks(c, c.quotes[1]!).find((x) => x.part > 0)!;
    expect(quoteProblems(c, later).join()).toMatch(/points back \(“That assertion”\)/);
  });
  it("states no falsehood with a race title", () => {
    expect(roleTrueFalse(c, c.roles[0]!).falsehood).toBeUndefined();
  });
  it("asks no year that labels a front-runner, and no stem whose “the two” are named elsewhere", () => {
    expect(labelYear("Clinton, the 2016 Democratic front-runner, spoke.", "2016")).toBe("2016 Democratic front-runner");
    expect(checkStem(sentenceCloze("The two met in 2015 in Ohio.", "2015")).join()).toMatch(
      /“The two” are named in a sentence not shown/,
    );
  });
});
