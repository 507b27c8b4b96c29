import { describe, expect, it } from "vitest";
import {
  acronymChoice,
  acronymCloze,
  fakeExpansions,
  fitsAcronym,
  isInstitutionName,
  swapsKeepClass,
} from "./acronyms";
import { buildCorpus } from "./corpus";
import { checkSameKind, flawCheck } from "./flaws";
import { fixtureInput } from "./test-fixtures";
import { classesOf, sameSlot } from "./vocabulary";
import { bare } from "./text";

const corpusOf = () => {
  const { facts, contexts } = fixtureInput();
  return buildCorpus(facts, contexts);
};

describe("wrong acronym expansions keep each word's class", () => {
  it("swaps a head noun only for a head noun, never an adjective", () => {
    expect(sameSlot("System", "Service")).toBe(true);
    expect(sameSlot("System", "Safe")).toBe(false);
    expect(sameSlot("Agency", "Atmospheric")).toBe(false);
    expect(sameSlot("Energy", "Environmental")).toBe(false); // a noun after “of” stays a noun
    expect(sameSlot("National", "Northern")).toBe(true);
    expect(classesOf("Collar")).toEqual([]); // part of a fixed phrase: never swapped
  });

  it("never offers the known non-phrases", () => {
    const c = corpusOf();
    for (const [short, long] of [
      ["JPSS", "Joint Polar Satellite System"],
      ["WIFIA", "Water Infrastructure Finance and Innovation Act"],
      ["DOE", "Department of Energy"],
      ["NCA", "National Crime Agency"],
    ]) {
      for (let i = 0; i < 20; i++) {
        const fakes = fakeExpansions(c, short, long, 3, `seed${i}`);
        for (const f of fakes) {
          expect(fitsAcronym(short, f)).toBe(true);
          expect(swapsKeepClass(long, f)).toBe(true);
          expect(f).not.toMatch(/\b(?:Safe|White|Trump|Monday|Environmental|Atmospheric)\b/);
          expect(bare(f)).not.toBe(bare(long));
        }
      }
    }
  });

  it("ends no wrong expansion with a noun that only modifies (“Office of National Satellite”)", () => {
    const c = corpusOf();
    const ends = new Set<string>();
    for (let i = 0; i < 40; i++)
      for (const f of fakeExpansions(c, "ONS", "Office of National Statistics", 12, `ons${i}`))
        ends.add(f.split(" ").at(-1)!);
    expect(ends.size).toBeGreaterThan(0);
    expect([...ends]).not.toContain("Satellite");
    expect([...ends]).not.toContain("Space");
  });

  it("swaps a field word only for a field word of the corpus, never one from the general list (“Mobile Drug …”)", () => {
    const c = corpusOf();
    const fakes = new Set<string>();
    for (let i = 0; i < 40; i++)
      for (const f of fakeExpansions(c, "MDA", "Mobile Data Association", 12, `mda${i}`)) fakes.add(f);
    expect([...fakes].some((f) => /\bDrug\b|\bDisaster\b|\bDefence\b/.test(f))).toBe(false);
  });

  it("spelling variants of the key or of each other are one option", () => {
    const c = corpusOf();
    for (let i = 0; i < 20; i++) {
      const fakes = fakeExpansions(c, "CDC", "Centers for Disease Control and Prevention", 3, `s${i}`);
      expect(fakes.map((f) => f.replace(/Centres/, "Centers"))).not.toContain(
        "Centers for Disease Control and Prevention",
      );
    }
  });

  it("makes none for a term that is not an institution or law name", () => {
    const c = corpusOf();
    expect(isInstitutionName("Memorandum of Understanding")).toBe(true);
    expect(isInstitutionName("unmanned aircraft system")).toBe(false);
    expect(isInstitutionName("West Texas Intermediate")).toBe(false);
    expect(fakeExpansions(c, "WTI", "West Texas Intermediate", 3, "s")).toEqual([]);
    expect(fakeExpansions(c, "MOU", "Memorandum of Understanding", 3, "s")).toEqual([]);
  });

  it("the flaw check rejects a hand-made expansion with a word of another kind", () => {
    const c = corpusOf();
    const d = acronymChoice(
      c,
      c.acronyms.find((a) => a.short === "JOC")!,
    );
    d.distractors = [
      { text: "Joint Operations Safe", kind: "expansion" },
      { text: "Joint Operations Council", kind: "expansion" },
    ];
    const reasons = checkSameKind(d, c);
    expect(reasons.join()).toMatch(/“Joint Operations Safe” puts a word of another kind/);
    expect(reasons.join()).not.toMatch(/Council/);
  });
});

describe("acronym stand-in", () => {
  it("asks to type the long form when no plausible wrong expansions exist", () => {
    const { facts, contexts } = fixtureInput();
    facts[0].acronyms.push({ short: "WTI", long: "West Texas Intermediate", evidence: facts[0].acronyms[0].evidence });
    const c = buildCorpus(facts, contexts);
    const a = c.acronyms.find((x) => x.short === "WTI")!;
    const choice = acronymChoice(c, a);
    expect(flawCheck(choice, c).join()).toMatch(/too few safe distractors/);
    const cloze = acronymCloze(c, a, choice.question.id);
    expect(cloze.fallbackFor).toBe(choice.question.id);
    expect(cloze.question.prompt).toBe("Fill in the blank: In the article, WTI stands for _____.");
    // the long form is not in the borrowed evidence sentence: refused, never a cloze without its answer
    expect(flawCheck(cloze, c).join()).toMatch(/not in the cited sentence|not state both/);
  });

  it("ships only when the choice question is dropped", async () => {
    const { generateQuestions } = await import("../generate");
    const { facts, contexts } = fixtureInput();
    const qs = generateQuestions(facts, { articles: contexts }).questions;
    expect(qs.some((q) => q.fact.kind === "acronym" && q.kind === "cloze")).toBe(false);
  });
});
