/** Checks for the causes found by the tenth blind review (docs/question-review.md), in words of their own. */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { genericTitle } from "./role-options";
import { anchorRelativeTimes } from "./stems";
import { article } from "./test-fixtures";
import { splitSentences } from "./text";
import { quoteDoubts } from "./trust";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 10 (mulberry32(20261218))", () => {
  it("does not split a quotation at an abbreviation or before a lower-case word", () => {
    expect(splitSentences("We should not underplay how much [U.S. policy] drives it. That is all.")).toEqual([
      "We should not underplay how much [U.S. policy] drives it.",
      "That is all.",
    ]);
    expect(splitSentences("More raids in towns, villages, etc. is not going to help.")).toHaveLength(1);
  });
  it("puts a date note after a possessive", () => {
    const { text } = anchorRelativeTimes("She spoke at Saturday’s debate in Ohio.", "2015-12-21");
    expect(text).toBe("She spoke at Saturday’s (19 December 2015) debate in Ohio.");
  });
  it("a race title with no office or party is a generic head", () => {
    expect(genericTitle("nominee", false)).toMatch(/generic head/);
    expect(genericTitle("Republican nominee", false)).toBeUndefined();
  });
  it("holds back words a named officer said, credited to the body (of whatever kind the extractor gave it)", () => {
    const a = article("off", ["“The ruling is a victory for the public,” said Civic Watch president Ann Reed."]);
    const f: ArticleFacts = {
      article: { slug: "off", title: "Off" },
      entities: [{ id: "cw", kind: "person", name: "Civic Watch", aliases: [] }],
      ...empty,
      quotes: [
        { text: "The ruling is a victory for the public", speaker: "cw", evidence: a.ev("ruling"), confidence: 0.9 },
      ],
    };
    const c = buildCorpus([f], [a.context]);
    expect(quoteDoubts(c, c.quotes[0]).join()).toMatch(/named officer of Civic Watch/);
  });
});
