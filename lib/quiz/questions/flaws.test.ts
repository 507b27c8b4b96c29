import { describe, expect, it } from "vitest";
import { acronymChoice, acronymProblems } from "./acronyms";
import { roleCloze } from "./cloze";
import { buildCorpus, mayCorefer } from "./corpus";
import { descriptionProblems } from "./descriptions";
import { pickEntities } from "./distractors";
import type { Draft } from "./draft";
import { baseQuestion, emptyDraft } from "./draft";
import {
  checkCruft,
  checkLeak,
  checkNamesInArticles,
  checkOneRight,
  checkSameKind,
  checkStem,
  checkStructure,
  checkSupport,
  flawCheck,
  isNearDuplicate,
} from "./flaws";
import { quoteChunks, quoteProblems, whoSaidChoice } from "./quotes";
import { roleProblems, roleTitleChoice } from "./roles";
import { fixtureInput, spyArticle } from "./test-fixtures";

const setup = () => {
  const { facts, contexts } = fixtureInput();
  return { facts, contexts, corpus: buildCorpus(facts, contexts) };
};

/** A single-choice draft built by hand, to fail one check at a time. */
function choice(
  corpus: ReturnType<typeof setup>["corpus"],
  over: {
    prompt?: string;
    key: string;
    keyKind: Draft["keyKind"];
    distractors: string[];
    kind?: Draft["keyKind"];
    sentence?: string;
    support?: string[];
  },
): Draft {
  const s = corpus.contexts.get("spies")!.sentences![1];
  const q = baseQuestion({
    kind: "single_choice",
    factKind: "quote",
    identity: "test|" + over.key,
    prompt:
      over.prompt ??
      "Who said: “The Joint Operations Cell will increase our ability to identify and stop serious criminals …”?",
    explanation: "Because the article says so.",
    source: { article: "spies", sentence: over.sentence ?? s.text, start: s.start, end: s.end },
  });
  q.options = [over.key, ...over.distractors].map((text, i) => ({ id: "abcde"[i], text }));
  q.answer = "a";
  return emptyDraft(q, {
    key: over.key,
    keyKind: over.keyKind,
    distractors: over.distractors.map((text) => ({ text, kind: over.kind ?? over.keyKind! })),
    support: over.support ?? [],
  });
}

describe("distractor rules", () => {
  it("never offers an alias or coreferent of the key", () => {
    const { corpus } = setup();
    const hannigan = corpus.clusters.find((c) => c.name === "Robert Hannigan")!;
    // the same person under a bare surname in another article
    const other = spyArticle();
    other.facts.article.slug = "other";
    other.context.slug = "other";
    other.facts.entities.push({ id: "h2", kind: "person", name: "Hannigan", aliases: [] });
    const c2 = buildCorpus([...fixtureInput().facts, other.facts], [...fixtureInput().contexts, other.context]);
    const h = c2.clusters.find((c) => c.name === "Robert Hannigan")!;
    expect(c2.clusters.filter((c) => c.names.has("hannigan"))).toEqual([h]);
    const picks = pickEntities(c2, h, { n: 5, seed: "s", slug: "spies" });
    expect(picks.join(" ")).not.toMatch(/Hannigan/);
    expect(mayCorefer(hannigan, hannigan)).toBe(true);
  });

  it("never offers someone who said the same words elsewhere in the corpus", () => {
    const { facts, contexts } = fixtureInput();
    // the health article also quotes Bristow's words, attributed to Ross
    facts[1].quotes.push({ ...facts[0].quotes[1], speaker: "ross", evidence: facts[1].quotes[1].evidence });
    const c = buildCorpus(facts, contexts);
    const [chunk] = quoteChunks(
      c,
      c.quotes.find((q) => q.speaker === "bristow")!,
    );
    const d = whoSaidChoice(c, chunk);
    expect(d.question.options!.map((o) => o.text)).not.toContain("Wilbur Ross");
    expect(quoteProblems(c, chunk).join()).toMatch(/another speaker/);
  });

  it("never offers a title the person also holds, or one that overlaps it", () => {
    const { facts, contexts } = fixtureInput();
    facts[0].roles.push({
      person: "bristow",
      title: "Director",
      organization: "nca",
      evidence: facts[0].roles[1].evidence,
    });
    const c = buildCorpus(facts, contexts);
    const d = roleTitleChoice(
      c,
      c.roles.find((r) => r.person === "bristow" && r.title === "Director General")!,
    );
    expect(d.question.options!.map((o) => o.text)).not.toContain("Director");
  });

  it("shifts dates at the same granularity for when-questions", () => {
    const { corpus } = setup();
    const d = checkSameKind(
      choice(corpus, { key: "November 2015", keyKind: "date", distractors: ["2015", "May 2015"] }),
      corpus,
    );
    expect(d.join()).toMatch(/“2015” has another granularity/);
  });
});

describe("flaw checks reject questions built to fail them", () => {
  it("structure: too few options, an answer outside them", () => {
    const { corpus } = setup();
    const d = choice(corpus, { key: "Robert Hannigan", keyKind: "person", distractors: ["Keith Bristow"] });
    expect(checkStructure(d).join()).toMatch(/2 options/);
    d.question.answer = "z";
    expect(checkStructure(d).join()).toMatch(/not exactly one/);
  });

  it("one right option: a distractor that is the key under another name", () => {
    const { corpus } = setup();
    const d = choice(corpus, {
      key: "GCHQ",
      keyKind: "organization",
      distractors: ["Government Communications Headquarters", "NCA", "JOC"],
    });
    expect(checkOneRight(d, corpus).join()).toMatch(/may be the same as the key/);
  });

  it("one right option: two distractors that may be one body or person rule each other out", () => {
    const { corpus } = setup();
    const d = choice(corpus, {
      key: "NCA",
      keyKind: "organization",
      distractors: ["Government Communications Headquarters", "GCHQ", "JOC"],
    });
    expect(checkOneRight(d, corpus).join()).toMatch(/distractors “Government Communications Headquarters” and “GCHQ”/);
    const fine = choice(corpus, { key: "NCA", keyKind: "organization", distractors: ["GCHQ", "JOC"] });
    expect(checkOneRight(fine, corpus).join()).not.toMatch(/distractors/);
  });

  it("same kind: an organisation among people", () => {
    const { corpus } = setup();
    const d = choice(corpus, {
      key: "Robert Hannigan",
      keyKind: "person",
      distractors: ["Keith Bristow", "NCA"],
      kind: "person",
    });
    expect(checkSameKind(d, corpus).join()).toMatch(/“NCA” is a organization/);
  });

  it("support: an answer its sentence does not state", () => {
    const { corpus } = setup();
    const d = choice(corpus, {
      key: "Keith Bristow",
      keyKind: "person",
      distractors: ["John Dalli", "Wilbur Ross"],
      support: ["Keith Bristow said"],
    });
    expect(checkSupport(d).join()).toMatch(/does not support/);
  });

  it("leak: the key, or another name of it, in the stem", () => {
    const { corpus } = setup();
    const d = choice(corpus, {
      prompt: "What is the GCHQ called in full?",
      key: "Government Communications Headquarters",
      keyKind: "organization",
      distractors: ["NCA", "JOC"],
    });
    expect(checkLeak(d, corpus).join()).toMatch(/names the answer/);
    const e = choice(corpus, {
      prompt: "Which body did Robert Hannigan lead?",
      key: "Robert Hannigan",
      keyKind: "person",
      distractors: ["Keith Bristow", "John Dalli"],
    });
    expect(checkLeak(e, corpus).join()).toMatch(/gives the answer away/);
  });

  it("cruft: a source inside flagged page cruft, or a sentence the article does not have", () => {
    const { facts, contexts } = fixtureInput();
    const spies = contexts[0];
    spies.cruft = [{ start: spies.sentences![1].start, end: spies.sentences![1].end }];
    const corpus = buildCorpus(facts, contexts);
    const d = choice(corpus, {
      key: "Robert Hannigan",
      keyKind: "person",
      distractors: ["Keith Bristow", "John Dalli"],
    });
    expect(checkCruft(d, corpus).join()).toMatch(/page cruft/);
    const e = choice(corpus, {
      key: "Robert Hannigan",
      keyKind: "person",
      distractors: ["Keith Bristow", "John Dalli"],
      sentence: "Other stories you might like",
    });
    expect(checkCruft(e, corpus).join()).toMatch(/not a sentence of the article/);
    const f = choice(corpus, {
      key: "Robert Hannigan",
      keyKind: "person",
      distractors: ["Keith Bristow", "John Dalli"],
      sentence: "Thank you for the support pic.twitter.com/P2qpm3h3Pm— Apple Music (@AppleMusic) September 27, 2016",
    });
    expect(checkCruft(f, corpus).join()).toMatch(/embedded post or a link/);
  });

  it("who-said options must be names from the articles", () => {
    const { corpus } = setup();
    const d = choice(corpus, {
      key: "Robert Hannigan",
      keyKind: "person",
      distractors: ["Keith Bristow", "Jane Invented"],
    });
    expect(checkNamesInArticles(d, corpus).join()).toMatch(/Jane Invented/);
  });

  it("stem: unresolved pronoun, unanchored relative date, unbalanced quotes", () => {
    const { corpus } = setup();
    expect(
      checkStem(
        choice(corpus, { prompt: "What did he said about it?", key: "x", keyKind: "text", distractors: [] }),
      ).join(),
    ).toMatch(/unresolved pronoun/);
    expect(
      checkStem(
        choice(corpus, { prompt: "Who met ministers on Friday?", key: "x", keyKind: "text", distractors: [] }),
      ).join(),
    ).toMatch(/no anchor/);
    expect(
      checkStem(
        choice(corpus, { prompt: "Who said: “We will win?", key: "x", keyKind: "text", distractors: [] }),
      ).join(),
    ).toMatch(/unbalanced/);
    const cloze = roleCloze(
      corpus,
      corpus.roles.find((r) => r.person === "bristow")!,
    );
    expect(flawCheck(cloze, corpus)).toEqual([]);
  });

  it("cloze: a sentence opening with a pronoun is refused", () => {
    const s = spyArticle();
    s.facts.roles.push({
      person: "hannigan",
      title: "Director",
      organization: "gchq",
      evidence: s.ev("He said the unit"),
    });
    const c = buildCorpus([s.facts], [s.context]);
    const d = roleCloze(c, c.roles.at(-1)!);
    expect(flawCheck(d, c).join()).toMatch(/opens with a pronoun|does not name the person/);
  });

  it("near-duplicates: the same kind asking nearly the same thing", () => {
    const { corpus } = setup();
    const a = choice(corpus, {
      key: "Robert Hannigan",
      keyKind: "person",
      distractors: ["Keith Bristow", "John Dalli"],
    });
    const b = choice(corpus, { key: "Robert Hannigan", keyKind: "person", distractors: ["Wilbur Ross", "John Dalli"] });
    b.question.id = "other";
    expect(isNearDuplicate(a, b)).toBe(true);
  });
});

describe("extractor mistakes are caught", () => {
  it("a quote attributed to nobody", () => {
    const { facts, contexts } = fixtureInput();
    facts[0].quotes[0].speaker = null;
    const c = buildCorpus(facts, contexts);
    const q = c.quotes.find((x) => x.slug === "spies" && x.speaker === null)!;
    const d = whoSaidChoice(c, quoteChunks(c, q)[0]);
    expect(flawCheck(d, c).join()).toMatch(/no speaker/);
  });

  it("an acronym long form that does not fit the letters", () => {
    const { facts, contexts } = fixtureInput();
    facts[0].acronyms[1] = { ...facts[0].acronyms[1], long: "Serious Organised Crime Agency" };
    const c = buildCorpus(facts, contexts);
    expect(
      acronymProblems(
        c,
        c.acronyms.find((a) => a.short === "NCA")!,
      ).join(),
    ).toMatch(/does not fit/);
    expect(
      flawCheck(
        acronymChoice(
          c,
          c.acronyms.find((a) => a.short === "NCA")!,
        ),
        c,
      ).length,
    ).toBeGreaterThan(0);
  });

  it("a role title that is really a name", () => {
    const { facts, contexts } = fixtureInput();
    facts[0].roles[0] = { ...facts[0].roles[0], title: "Keith Bristow" };
    const c = buildCorpus(facts, contexts);
    expect(
      roleProblems(
        c,
        c.roles.find((r) => r.title === "Keith Bristow")!,
      ).join(),
    ).toMatch(/looks like a name/);
  });

  it("a description that depends on its neighbours or is someone's speech", () => {
    const { facts, contexts } = fixtureInput();
    facts[0].descriptions.push({
      subject: "joc",
      text: "a unit of officers from the two agencies",
      evidence: facts[0].descriptions[0].evidence,
    });
    facts[0].descriptions.push({
      subject: "joc",
      text: "a genuinely innovative development using our skills",
      evidence: facts[0].descriptions[0].evidence,
    });
    const c = buildCorpus(facts, contexts);
    const of = (t: string) => c.descriptions.find((d) => d.text.includes(t))!;
    expect(descriptionProblems(c, of("two agencies")).join()).toMatch(/surrounding sentences/);
    expect(descriptionProblems(c, of("our skills")).join()).toMatch(/first person/);
  });
});
