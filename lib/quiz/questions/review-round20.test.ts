/** Checks for the causes found by the twentieth blind review (docs/question-review.md), in words of their own. */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { article } from "./test-fixtures";
import { quoteDoubts } from "./trust";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 20 (mulberry32(20261228))", () => {
  const a = article("iowa", [
    "Sam Bell spoke in Ohio on Monday.",
    "He nodded only to his second place in Iowa behind Tom Fox.",
    '"You know, we learned a lot about ground games in one week,” he said.',
    "Asked who leads the party, he said Fox.",
    "“We can always have differences in a party as big as ours,” he said.",
  ]);
  const f: ArticleFacts = {
    article: { slug: "iowa", title: "Iowa" },
    entities: [
      { id: "sb", kind: "person", name: "Sam Bell", aliases: [] },
      { id: "tf", kind: "person", name: "Tom Fox", aliases: [] },
    ],
    ...empty,
    quotes: [
      { text: "You know, we learned a lot about ground games in one week,", speaker: "tf", evidence: a.ev("ground") },
      { text: "We can always have differences in a party as big as ours,", speaker: "tf", evidence: a.ev("always") },
    ],
  };
  const c = buildCorpus([f], [a.context]);

  it("holds back “he said” credited to a name after a preposition (with mixed quotation marks)", () => {
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/named just before only after “behind”/);
  });
  it("holds back “he said” credited to the name that opened the words he reported (“he said Fox”)", () => {
    expect(quoteDoubts(c, c.quotes[1]!).join()).toMatch(/not as the one who speaks/);
  });
});
