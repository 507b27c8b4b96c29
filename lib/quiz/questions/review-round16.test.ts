/** Checks for the causes found by the sixteenth blind review (docs/question-review.md), in words of their own. */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { roleCloze } from "./cloze";
import { buildCorpus } from "./corpus";
import { describeChoice } from "./descriptions";
import { quoteChunks } from "./quotes";
import { fragmentProblem } from "./standalone";
import { article } from "./test-fixtures";
import { quoteTrueFalse } from "./true-false";
import { quoteDoubts, roleDoubts } from "./trust";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 16 (mulberry32(20261224))", () => {
  const a = article("tv", [
    "“The film shows the town as it is,” said Filmmaker Jack Marino.",
    "Clinton campaign Chairman John Podesta spoke first.",
    "“We will win this state in the fall and then we will win the country. CHANGE!” said Ann Reed.",
    "Debbie Wasserman Schultz, the party chairwoman, resigned.",
    "Wasserman Schultz said nothing more.",
    "Univision, a US Spanish-language channel, covered it, as did Fusion, an English-language channel.",
    "Time and TV reporters came, and so did Tom Fox, who only watched.",
    "“The count will take all night,” Sam Bell said.",
  ]);
  const f: ArticleFacts = {
    article: { slug: "tv", title: "TV" },
    entities: [
      { id: "jm", kind: "person", name: "Filmmaker Jack Marino", aliases: [] },
      { id: "jp", kind: "person", name: "John Podesta", aliases: [] },
      { id: "ar", kind: "person", name: "Ann Reed", aliases: [] },
      { id: "dws", kind: "person", name: "Debbie Wasserman Schultz", aliases: [] },
      { id: "uv", kind: "organization", name: "Univision", aliases: [] },
      { id: "fu", kind: "organization", name: "Fusion", aliases: [] },
      { id: "ti", kind: "organization", name: "Time", aliases: [] },
      { id: "tv", kind: "organization", name: "TV", aliases: [] },
      { id: "tf", kind: "person", name: "Tom Fox", aliases: [] },
      { id: "sb", kind: "person", name: "Sam Bell", aliases: [] },
    ],
    ...empty,
    roles: [
      { person: "jp", title: "Chairman", evidence: a.ev("Podesta") },
      { person: "dws", title: "chairwoman", evidence: a.ev("resigned") },
    ],
    quotes: [
      { text: "The film shows the town as it is,", speaker: "jm", evidence: a.ev("Marino") },
      {
        text: "We will win this state in the fall and then we will win the country. CHANGE!",
        speaker: "ar",
        evidence: a.ev("CHANGE"),
      },
      { text: "The count will take all night,", speaker: "sb", evidence: a.ev("count") },
    ],
    descriptions: [
      { subject: "uv", text: "a US Spanish-language channel", evidence: a.ev("Univision") },
      { subject: "fu", text: "an English-language channel", evidence: a.ev("Univision") },
    ],
  };
  const c = buildCorpus([f], [a.context]);

  it("holds back a person whose name opens with an occupation", () => {
    expect(quoteDoubts(c, c.quotes[0]!).join()).toMatch(/opens with the occupation “Filmmaker”/);
  });
  it("holds back a bare title that lost the body before it", () => {
    expect(roleDoubts(c, c.roles[0]!).join()).toMatch(/lost the body before it \(“Clinton campaign”\)/);
  });
  it("keeps a quotation's short last sentence with the one before", () => {
    expect(quoteChunks(c, c.quotes[1]!).map((x) => x.text)).toEqual([
      "We will win this state in the fall and then we will win the country. CHANGE!",
    ]);
  });
  it("refuses a short reply to someone not shown", () => {
    expect(fragmentProblem("I know what you meant.")).toMatch(/short reply/);
  });
  it("offers bodies of the kind the description names, or asks no choice", () => {
    const d = describeChoice(c, c.descriptions[0]!);
    const options = d.question.options?.map((o) => o.text) ?? [];
    expect(options).not.toContain("TV");
    expect(options).not.toContain("Time");
    expect(d.problems.join()).toMatch(/too few other channels/);
  });
  it("accepts a two-word surname the article writes alone", () => {
    expect(roleCloze(c, c.roles[1]!).question.accept).toContain("Wasserman Schultz");
  });
  it("states no falsehood with someone the article does not quote", () => {
    const pair = quoteTrueFalse(c, quoteChunks(c, c.quotes[2]!)[0]!)!;
    expect(pair.falsehood?.question.prompt ?? "").not.toMatch(/Tom Fox/);
  });
});
