import { describe, expect, it } from "vitest";
import { buildCorpus } from "./corpus";
import { partOf, pickEntities } from "./distractors";
import { creditedToOrganisation, quoteChunks, quoteProblems, saysInText, whoSaidChoice } from "./quotes";
import { roleProblems } from "./roles";
import { article, fixtureInput } from "./test-fixtures";
import type { ArticleFacts } from "../types";

describe("who-said distractors", () => {
  it("prefers organisations that say something in the text over ones that never speak", () => {
    const a = article("o", [
      "The Home Office said the move would help.",
      "“We will act,” the NCA said in a statement.",
      "Staff at the Tor Project and the Daily Mail were not asked.",
      "“Fraud is a serious crime,” said Action Fraud.",
    ]);
    const facts: ArticleFacts = {
      article: { slug: "o", title: "t" },
      entities: ["Home Office", "NCA", "Tor Project", "Daily Mail", "Action Fraud"].map((n) => ({
        id: n,
        kind: "organization" as const,
        name: n,
        aliases: [],
      })),
      acronyms: [],
      descriptions: [],
      roles: [],
      events: [],
      quotes: [
        { text: "We will act,", speaker: "NCA", evidence: a.ev("We will act") },
        { text: "Fraud is a serious crime,", speaker: "Action Fraud", evidence: a.ev("Fraud is") },
      ],
    };
    const c = buildCorpus([facts], [a.context]);
    expect(
      saysInText(
        c,
        c.clusters.find((x) => x.name === "Home Office")!,
      ),
    ).toBe(true);
    expect(
      saysInText(
        c,
        c.clusters.find((x) => x.name === "Tor Project")!,
      ),
    ).toBe(false);
    const nca = c.clusters.find((x) => x.name === "NCA")!;
    const picks = pickEntities(c, nca, {
      n: 2,
      seed: "s",
      slug: "o",
      eligible: (x) => c.quotes.some((q) => q.speakerC === x) || saysInText(c, x),
    });
    expect(picks.sort()).toEqual(["Action Fraud", "Home Office"]);
  });

  it("refuses a quote the extractor credits to an organisation when the sentence names the person", () => {
    const a = article("g", [
      'Speaking on the launch, GCHQ\'s Hannigan said the JOC would "increase our ability to identify and stop serious criminals."',
    ]);
    const facts: ArticleFacts = {
      article: { slug: "g", title: "t" },
      entities: [{ id: "gchq", kind: "organization", name: "GCHQ", aliases: [] }],
      acronyms: [],
      descriptions: [],
      roles: [],
      events: [],
      quotes: [
        {
          text: "increase our ability to identify and stop serious criminals.",
          speaker: "gchq",
          evidence: a.ev("Hannigan"),
        },
      ],
    };
    const c = buildCorpus([facts], [a.context]);
    expect(creditedToOrganisation(c.quotes[0])).toBe("Hannigan");
    const [chunk] = quoteChunks(c, c.quotes[0]);
    expect(quoteProblems(c, chunk).join()).toMatch(/credits Hannigan, not GCHQ/);
    expect(whoSaidChoice(c, chunk).problems.join()).toMatch(/credits Hannigan/);
  });
});

describe("organisation distractors", () => {
  it("never offers a part or the whole of the key organisation", () => {
    const { facts, contexts } = fixtureInput();
    facts[1].entities.push(
      { id: "noaa", kind: "organization", name: "NOAA", aliases: [] },
      { id: "noaaf", kind: "organization", name: "NOAA fisheries", aliases: [] },
    );
    const c = buildCorpus(facts, contexts);
    const whole = c.clusters.find((x) => x.name === "NOAA")!,
      part = c.clusters.find((x) => x.name === "NOAA fisheries")!;
    expect(partOf(part, whole)).toBe(true);
    expect(
      partOf(
        whole,
        c.clusters.find((x) => x.name === "GCHQ")!,
      ),
    ).toBe(false);
    for (let i = 0; i < 10; i++)
      expect(pickEntities(c, part, { n: 5, seed: `s${i}`, slug: "health" })).not.toContain("NOAA");
  });
});

describe("role titles", () => {
  it("knows local-government titles are positions, not names", () => {
    const a = article("l", ["Councilman Greg Havel voted against the plan on Tuesday night."]);
    const facts: ArticleFacts = {
      article: { slug: "l", title: "t" },
      entities: [{ id: "h", kind: "person", name: "Greg Havel", aliases: [] }],
      acronyms: [],
      descriptions: [],
      quotes: [],
      events: [],
      roles: [{ person: "h", title: "Councilman", evidence: a.ev("Havel") }],
    };
    const c = buildCorpus([facts], [a.context]);
    expect(roleProblems(c, c.roles[0])).toEqual([]);
  });
});

describe("abbreviated titles", () => {
  it("accepts a title the article abbreviates (“Gov.”, “Rep.”)", async () => {
    const { expandTitles } = await import("./text");
    expect(expandTitles("The law, signed by Gov. Karen Doyle in June, and State Rep. Tom Hines.")).toBe(
      "The law, signed by Governor Karen Doyle in June, and State Representative Tom Hines.",
    );
    expect(expandTitles("Dr. Collins met Mr. Smith in Washington, D.C. today.")).toBe(
      "Dr. Collins met Mr. Smith in Washington, D.C. today.",
    );
    const a = article("d", ["The law, signed by Gov. Karen Doyle in June, took effect."]);
    const facts: ArticleFacts = {
      article: { slug: "d", title: "t" },
      entities: [{ id: "k", kind: "person", name: "Karen Doyle", aliases: [] }],
      acronyms: [],
      descriptions: [],
      quotes: [],
      events: [],
      roles: [{ person: "k", title: "Governor", evidence: a.ev("Doyle") }],
    };
    const c = buildCorpus([facts], [a.context]);
    expect(roleProblems(c, c.roles[0])).toEqual([]);
  });
});

describe("overlapping titles", () => {
  it("sees an overlap even when the candidate repeats a word", async () => {
    const { titleOverlaps } = await import("./roles");
    expect(titleOverlaps("Deputy National Manager for national security systems", ["National Manager"])).toBe(true);
    expect(titleOverlaps("Secretary of Commerce", ["National Manager"])).toBe(false);
  });
});
