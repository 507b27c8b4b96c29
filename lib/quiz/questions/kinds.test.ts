import { describe, expect, it } from "vitest";
import { acronymChoice, acronymLetters, fakeExpansions, fitsAcronym } from "./acronyms";
import { roleCloze, eventCloze } from "./cloze";
import { buildCorpus } from "./corpus";
import { describeChoice } from "./descriptions";
import { whenChoice } from "./events";
import { acronymMatching, quoteMatching, roleMatching } from "./matching";
import { orderingDrafts } from "./ordering";
import { quoteChunks, whoSaidChoice } from "./quotes";
import { roleOrgChoice, roleTitleChoice } from "./roles";
import { fixtureInput, spyArticle } from "./test-fixtures";
import { roleTrueFalse, quoteTrueFalse } from "./true-false";
import { bare } from "./text";

const corpusOf = () => {
  const { facts, contexts } = fixtureInput();
  return buildCorpus(facts, contexts);
};
const right = (q: { options?: { id: string; text: string }[]; answer: unknown }) =>
  q.options!.find((o) => o.id === q.answer)!.text;

describe("single choice", () => {
  it("asks what an acronym stands for, with one right expansion", () => {
    const c = corpusOf();
    const d = acronymChoice(
      c,
      c.acronyms.find((a) => a.short === "JTRIG")!,
    );
    expect(d.question.prompt).toBe("What does JTRIG stand for?");
    expect(right(d.question)).toBe("Joint Threat Research Intelligence Group");
    expect(d.question.options).toHaveLength(4);
    expect(d.problems).toEqual([]);
  });

  it("asks who said a quote, offering other speakers of the corpus", () => {
    const c = corpusOf();
    const [chunk] = quoteChunks(
      c,
      c.quotes.find((q) => q.speaker === "hannigan")!,
    );
    const d = whoSaidChoice(c, chunk);
    expect(d.question.prompt).toMatch(/^Who said: “The Joint Operations Cell will increase/);
    expect(right(d.question)).toBe("Robert Hannigan");
    for (const o of d.question.options!)
      expect(["Robert Hannigan", "Keith Bristow", "John Dalli", "Wilbur Ross", "David Cameron"]).toContain(o.text);
  });

  it("asks for a role's title and for its organisation", () => {
    const c = corpusOf();
    const r = c.roles.find((x) => x.person === "hannigan")!;
    const title = roleTitleChoice(c, r);
    expect(title.question.prompt).toBe("What position does the article give Robert Hannigan?");
    expect(right(title.question)).toBe("Director");
    const org = roleOrgChoice(c, r)!;
    expect(org.question.prompt).toBe("Robert Hannigan is the Director of which organisation?");
    expect(right(org.question)).toBe("GCHQ");
    expect(org.question.options!.map((o) => o.text)).not.toContain("Government Communications Headquarters");
  });

  it("asks which organisation a description fits", () => {
    const c = corpusOf();
    const d = describeChoice(
      c,
      c.descriptions.find((x) => x.subject === "gchq")!,
    );
    expect(d.question.prompt).toBe(
      "Which organisation does the article describe as “the UK’s signals intelligence agency”?",
    );
    expect(right(d.question)).toBe("GCHQ");
  });

  it("asks when something happened, as a sentence completion", () => {
    const c = corpusOf();
    const d = whenChoice(
      c,
      c.events.find((e) => e.when === "November 2015")!,
    )!;
    expect(d.question.prompt).toBe(
      "Which date completes this sentence from the article: “The Joint Operations Cell (JOC) opened officially in _____ in London.”?",
    );
    expect(right(d.question)).toBe("November 2015");
    expect(
      whenChoice(
        c,
        c.events.find((e) => e.when === "today")!,
      ),
    ).toBeUndefined();
  });
});

describe("true/false", () => {
  it("states a role truly, and falsely by swapping in another person, never with “not”", () => {
    const c = corpusOf();
    const pair = roleTrueFalse(
      c,
      c.roles.find((x) => x.person === "hannigan")!,
    );
    expect(pair.truth.question.prompt).toBe("True or false: Robert Hannigan is the Director of GCHQ.");
    expect(pair.truth.question.answer).toBe(true);
    expect(pair.falsehood!.question.answer).toBe(false);
    expect(pair.falsehood!.question.prompt).toMatch(
      /^True or false: (Keith Bristow|David Cameron|John Dalli|Wilbur Ross) is the Director of GCHQ\.$/,
    );
    expect(pair.falsehood!.question.prompt).not.toMatch(/\bnot\b/);
  });

  it("swaps quote speakers only for people who did not say the words", () => {
    const c = corpusOf();
    const [chunk] = quoteChunks(
      c,
      c.quotes.find((q) => q.speaker === "bristow")!,
    );
    const pair = quoteTrueFalse(c, chunk)!;
    expect(pair.falsehood!.question.prompt).not.toMatch(/Keith Bristow said/);
  });
});

describe("cloze", () => {
  it("blanks a person's name and accepts the full name and the surname", () => {
    const c = corpusOf();
    const d = roleCloze(
      c,
      c.roles.find((x) => x.person === "bristow")!,
    );
    expect(d.question.prompt).toBe(
      "Fill in the blank: NCA Director General _____ said: “The explosion in online communication channels has brought huge benefits for society.”",
    );
    expect(d.question.answer).toBe("Keith Bristow");
    expect(d.question.accept).toEqual(expect.arrayContaining(["Keith Bristow", "Bristow"]));
    expect(d.problems).toEqual([]);
  });

  it("blanks the date itself, not “the end of”", () => {
    const c = corpusOf();
    const d = eventCloze(
      c,
      c.events.find((e) => e.when === "end of 2014")!,
    )!;
    expect(d.question.answer).toBe("2014");
    expect(d.question.prompt).toContain("Back at the end of _____, UK Prime Minister");
  });

  it("anchors a relative day to the publication date", () => {
    const c = corpusOf();
    const d = roleCloze(
      c,
      c.roles.find((x) => x.person === "dalli")!,
    );
    expect(d.question.prompt).toContain("met ministers today (4 June 2011) in Brussels");
  });
});

describe("matching", () => {
  it("pairs people with positions, acronyms with long forms and quotes with speakers, one to one", () => {
    const c = corpusOf();
    for (const d of [...roleMatching(c), ...acronymMatching(c), ...quoteMatching(c)]) {
      const q = d.question;
      expect(q.left!.length).toBeGreaterThanOrEqual(3);
      expect(q.left!.length).toBeLessThanOrEqual(6);
      const targets = Object.values(q.answer as Record<string, string>);
      expect(new Set(targets).size).toBe(q.left!.length);
    }
    const acr = acronymMatching(c)[0].question;
    const jtrig = acr.left!.find((l) => l.text === "JTRIG")!;
    expect(acr.right!.find((r) => r.id === (acr.answer as Record<string, string>)[jtrig.id])!.text).toBe(
      "Joint Threat Research Intelligence Group",
    );
  });
});

describe("ordering", () => {
  it("orders dated events of one article, earliest first, with items free of dates", () => {
    const c = corpusOf();
    const [d] = orderingDrafts(c);
    const q = d.question;
    const inOrder = (q.answer as string[]).map((id) => q.items!.find((i) => i.id === id)!.text);
    expect(inOrder).toEqual(["The NCA was first created", "Cameron announced the plan", "The JOC opened officially"]);
    expect(q.items!.map((i) => i.id)).not.toEqual(q.answer);
  });

  it("leaves out events whose dates overlap, since the article does not fix their order", () => {
    const s = spyArticle(["In November 2015 the unit hired analysts in Cheltenham."]);
    s.facts.events.push({ when: "2015", what: "the unit was planned in detail", evidence: s.ev("Cheltenham") });
    const c = buildCorpus([s.facts], [s.context]);
    const d = orderingDrafts(c);
    expect(d).toHaveLength(0);
  });
});

describe("acronym letters", () => {
  it("expands digit multipliers and accepts only long forms that fit", () => {
    expect(acronymLetters("IC3")).toBe("ICCC");
    expect(acronymLetters("NW3C")).toBe("NWCCC");
    expect(fitsAcronym("IC3", "Internet Crime Complaint Center")).toBe(true);
    expect(fitsAcronym("GCHQ", "Government Communications Headquarters")).toBe(true);
    expect(fitsAcronym("NCA", "Serious Organised Crime Agency")).toBe(false);
    expect(fitsAcronym("NCA", "David Cameron")).toBe(false);
  });

  it("builds wrong expansions that fit the letters, are not real, and repeat no word", () => {
    const c = corpusOf();
    const fakes = fakeExpansions(c, "NCA", "National Crime Agency", 3, "seed");
    expect(fakes.length).toBe(3);
    for (const f of fakes) {
      expect(fitsAcronym("NCA", f)).toBe(true);
      expect(bare(f)).not.toBe("national crime agency");
      const ws = bare(f).split(" ");
      expect(new Set(ws).size).toBe(ws.length);
    }
  });
});
