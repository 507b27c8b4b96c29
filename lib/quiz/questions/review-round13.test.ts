/** Checks for the causes found by the thirteenth blind review (docs/question-review.md), in words of their own. */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { pickEntities } from "./distractors";
import { checkStem } from "./flaws";
import { withFirstNames } from "./full-names";
import { articleAppliesAt } from "./role-options";
import { passingMention } from "./roles";
import { fragmentProblem } from "./standalone";
import { article, draft } from "./test-fixtures";
import { roleTrueFalse } from "./true-false";
import { roleDoubts } from "./trust";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

/** A campaign story, and a second one whose "Woody Johnson" shares a surname with the first one's Dean Johnson. */
function campaign() {
  const a = article("trail", [
    "Dean Johnson, a 55-year-old salesman from Sumter, says the senator will win.",
    "Clinton and her running mate Tim Kaine spoke in Ohio.",
    "Reed said the party should unite, just as President Abraham Lincoln did in 1861.",
    "The state's GOP Sen. Kelly Ayotte voted no.",
    "David Plouffe, Obama's former campaign manager, spoke, as did Ann Reed and Tom Fox.",
    "Tom Fox and Sam Bell, two of the past three party finance chairmen, gave money.",
  ]);
  const b = article("owners", ["New York Jets owner Woody Johnson gave money."]);
  const fa: ArticleFacts = {
    article: { slug: "trail", title: "Trail" },
    entities: [
      { id: "wj", kind: "person", name: "Woody Johnson", aliases: ["Johnson"] },
      { id: "tk", kind: "person", name: "Tim Kaine", aliases: [] },
      { id: "al", kind: "person", name: "Abraham Lincoln", aliases: [] },
      { id: "ka", kind: "person", name: "Kelly Ayotte", aliases: [] },
      { id: "gop", kind: "organization", name: "GOP", aliases: [] },
      { id: "dp", kind: "person", name: "David Plouffe", aliases: [] },
      { id: "ar", kind: "person", name: "Ann Reed", aliases: [] },
      { id: "tf", kind: "person", name: "Tom Fox", aliases: [] },
      { id: "sb", kind: "person", name: "Sam Bell", aliases: [] },
    ],
    ...empty,
    roles: [
      { person: "wj", title: "Dean", evidence: a.ev("Dean") },
      { person: "tk", title: "Mate", evidence: a.ev("running mate") },
      { person: "al", title: "President", evidence: a.ev("Lincoln") },
      { person: "ka", title: "Senator", organization: "gop", evidence: a.ev("Ayotte") },
      { person: "dp", title: "former campaign manager", evidence: a.ev("Plouffe") },
      { person: "tf", title: "finance chairman", evidence: a.ev("chairmen") },
    ],
  };
  const fb: ArticleFacts = {
    article: { slug: "owners", title: "Owners" },
    entities: [{ id: "wj", kind: "person", name: "Woody Johnson", aliases: [] }],
    ...empty,
    roles: [{ person: "wj", title: "owner", evidence: b.ev("Woody") }],
  };
  return buildCorpus([fa, fb], [a.context, b.context]);
}

describe("found in blind round 13 (mulberry32(20261221))", () => {
  const c = campaign();
  const role = (name: string) => c.roles.find((r) => r.personC.name === name && r.slug === "trail")!;
  it("holds back a role read from another person's first name", () => {
    expect(roleDoubts(c, role("Woody Johnson")).join()).toMatch(/names “Dean Johnson”, not Woody Johnson/);
  });
  it("holds back a title cut from an “-ing” word before it", () => {
    expect(roleDoubts(c, role("Tim Kaine")).join()).toMatch(/cut from “running mate”/);
  });
  it("holds back a person named in a comparison", () => {
    expect(roleDoubts(c, role("Abraham Lincoln")).join()).toMatch(/named in a comparison/);
  });
  it("takes a party for an officeholder's affiliation, not the body of the office", () => {
    expect(roleDoubts(c, role("Kelly Ayotte")).join()).toMatch(/party, not the body/);
  });
  it("states no falsehood with a title held in the past", () => {
    expect(roleTrueFalse(c, role("David Plouffe")).falsehood).toBeUndefined();
  });
  it("sees a matching label the article gives another person of the set too", () => {
    const fox = c.clusters.find((x) => x.name === "Tom Fox")!;
    const bell = c.clusters.find((x) => x.name === "Sam Bell")!;
    expect(articleAppliesAt(c, bell, "trail", "Finance chairman")).toBe(true);
    expect(articleAppliesAt(c, fox, "trail", "Finance chairman", "Ohio")).toBe(false);
  });
  it("offers no person whose first name the article never writes", () => {
    const reed = c.clusters.find((x) => x.name === "Ann Reed")!;
    const picks = pickEntities(c, reed, { n: 5, seed: "q_x", slug: "trail", sameArticle: true });
    expect(picks).not.toContain("Woody Johnson");
    expect(picks).toContain("Tom Fox");
  });
  it("glosses no surname of a “person” whose name is a place and a party word", () => {
    const a = article("wi", ["The Wisconsin Republican Paul Ryan spoke.", "Republican leader Mitch Smith agreed."]);
    const f: ArticleFacts = {
      article: { slug: "wi", title: "Wi" },
      entities: [{ id: "wr", kind: "person", name: "Wisconsin Republican", aliases: [] }],
      ...empty,
    };
    const w = buildCorpus([f], [a.context]);
    expect(withFirstNames(w, "wi", "Republican leader _____ agreed.")).toBe("Republican leader _____ agreed.");
  });
  it("asks no choice among titles of a person named once past the lede and never quoted", () => {
    const a = article("aside", [
      "Mayor Ann Reed opened the bridge on Monday.",
      "Reed said it cost less than planned.",
      "The council voted for it in May.",
      "Critics compared it with the tunnel that Governor Sam Bell opened years ago.",
      "Gov. Tom Fox, who lives nearby, said little.",
    ]);
    const f: ArticleFacts = {
      article: { slug: "aside", title: "Aside" },
      entities: ["Ann Reed", "Sam Bell", "Tom Fox"].map((name, i) => ({
        id: `p${i}`,
        kind: "person" as const,
        name,
        aliases: [],
      })),
      ...empty,
      roles: [
        { person: "p0", title: "Mayor", evidence: a.ev("opened the bridge") },
        { person: "p1", title: "Governor", evidence: a.ev("tunnel") },
        { person: "p2", title: "Governor", evidence: a.ev("Fox") },
      ],
      quotes: [{ text: "little", speaker: "p2", evidence: a.ev("Fox") }],
    };
    const w = buildCorpus([f], [a.context]);
    expect(passingMention(w, w.roles[0]!)).toBeUndefined();
    expect(passingMention(w, w.roles[1]!)).toMatch(/passing mention/);
    // someone the article quotes is part of the story
    expect(passingMention(w, w.roles[2]!)).toBeUndefined();
  });
  it("refuses a stem with a small word written twice, and a quote whose “that” is what was said before", () => {
    expect(checkStem(draft({ prompt: "Fill in the blank: _____ was an adviser to to the campaign." })).join()).toMatch(
      /written twice/,
    );
    expect(checkStem(draft({ prompt: "Fill in the blank: _____ said that that was wrong." })).join()).not.toMatch(
      /written twice/,
    );
    expect(fragmentProblem("I think you're starting to see that across the whole country now.")).toMatch(/points back/);
  });
});
