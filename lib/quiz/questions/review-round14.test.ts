/** Checks for the causes found by the fourteenth blind review (docs/question-review.md), in words of their own. */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { eventCloze } from "./cloze";
import { buildCorpus } from "./corpus";
import { plainTitle, roleTitleChoice } from "./roles";
import { describedIn, goneIn } from "./speaker-fields";
import { fragmentProblem } from "./standalone";
import { article } from "./test-fixtures";
import { roleDoubts } from "./trust";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 14 (mulberry32(20261222))", () => {
  const a = article(
    "raid",
    [
      "Ann Reed, the consul who perished in the raid, had warned of it.",
      "Tom Fox was killed hours later.",
      "“Not a presidential candidate on a golf course,” said Sam Bell, a former senator.",
      "Republican presidential candidate Joe Hall arrived in Ohio.",
      "Just ask former senator Ed Ross of Ohio.",
      "The raid came in February 2012, in the dark.",
    ],
    "2016-01-01",
  );
  const f: ArticleFacts = {
    article: { slug: "raid", title: "Raid" },
    entities: ["Ann Reed", "Tom Fox", "Sam Bell", "Joe Hall", "Ed Ross"].map((name, i) => ({
      id: `p${i}`,
      kind: "person" as const,
      name,
      aliases: [],
    })),
    ...empty,
    roles: [
      { person: "p3", title: "presidential candidate", evidence: a.ev("Joe Hall") },
      { person: "p4", title: "Ask former senator", evidence: a.ev("Ross") },
      { person: "p2", title: "former senator", evidence: a.ev("Bell") },
    ],
    quotes: [
      {
        text: "Not a presidential candidate on a golf course,",
        speaker: "p2",
        evidence: a.ev("golf"),
      },
    ],
    events: [{ when: "February 2012", what: "the raid", evidence: a.ev("February") }],
  };
  const c = buildCorpus([f], [a.context]);
  const person = (n: string) => c.clusters.find((x) => x.name === n)!;

  it("never offers as a wrong speaker the person the quote describes with “a”", () => {
    expect(describedIn(c, c.quotes[0]!, c.quotes[0]!.text)).toContain(person("Joe Hall"));
  });
  it("never offers as a wrong speaker someone the article says died", () => {
    const gone = goneIn(c, "raid");
    expect(gone.has(person("Ann Reed"))).toBe(true);
    expect(gone.has(person("Tom Fox"))).toBe(true);
    expect(gone.has(person("Sam Bell"))).toBe(false);
  });
  it("refuses a cut-in relative clause and “those problems” named in a sentence not shown", () => {
    expect(fragmentProblem("who understand that loud comments in hard times can cause real harm")).toMatch(
      /relative clause/,
    );
    expect(fragmentProblem("We will work together and we will get those problems solved.")).toMatch(
      /“those problems” are named/,
    );
    expect(
      fragmentProblem("There are problems at the border. We will work together and we will get those problems solved."),
    ).toBeUndefined();
  });
  it("offers no past or cut title among titles, and names no body in the title stem", () => {
    expect(plainTitle("Former head")).toBe(false);
    expect(roleDoubts(c, c.roles[1]!).join()).toMatch(/words before its “former”/);
    expect(roleTitleChoice(c, c.roles[0]!).question.prompt).toBe("What position does the article give Joe Hall?");
  });
  it("accepts the year alone for a month blanked after “in”", () => {
    expect(eventCloze(c, c.events[0]!)!.question.accept).toEqual(["February 2012", "2012"]);
  });
});
