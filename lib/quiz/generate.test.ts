import { describe, expect, it } from "vitest";
import { generateQuestions } from "./generate";
import { fixtureInput, healthArticle, spyArticle } from "./questions/test-fixtures";

const run = () => {
  const { facts, contexts } = fixtureInput();
  return generateQuestions(facts, { articles: contexts });
};

describe("generateQuestions", () => {
  it("is deterministic, byte for byte", () => {
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });

  it("makes all five kinds, each with an explanation, a source sentence and a difficulty", () => {
    const { questions } = run();
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(["single_choice", "true_false", "cloze", "matching", "ordering"]),
    );
    for (const q of questions) {
      expect(q.id).toMatch(/^q_[0-9a-f]{12}$/);
      expect(q.explanation.length).toBeGreaterThan(10);
      expect(q.source.sentence.length).toBeGreaterThan(10);
      expect(["easy", "medium", "hard"]).toContain(q.difficulty);
    }
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it("with `only`, writes questions for those articles alone, drawing on the others for distractors", () => {
    const { facts, contexts } = fixtureInput();
    const all = run().questions;
    const spies = generateQuestions(facts, { articles: contexts, only: new Set(["spies"]) }).questions;
    expect(spies.length).toBeGreaterThan(3);
    expect(spies.every((q) => q.source.article === "spies")).toBe(true);
    // the other article changes what the spies article's questions offer: the pool spans the corpus
    const alone = generateQuestions([facts.find((f) => f.article.slug === "spies")!], {
      articles: contexts.filter((c) => c.slug === "spies"),
    }).questions;
    expect(JSON.stringify(spies)).not.toBe(JSON.stringify(alone));
    const every = new Set(facts.map((f) => f.article.slug));
    expect(JSON.stringify(generateQuestions(facts, { articles: contexts, only: every }).questions)).toBe(
      JSON.stringify(all),
    );
  });

  it("keeps ids when the article is edited elsewhere (offsets move, facts stay)", () => {
    const before = run().questions;
    const s = spyArticle(["An unrelated opening sentence was added by an editor later."]);
    const h = healthArticle();
    const after = generateQuestions([s.facts, h.facts], { articles: [s.context, h.context] }).questions;
    const key = (q: (typeof before)[number]) => q.id;
    const moved = after.find((q) => q.source.article === "spies" && q.kind === "cloze")!;
    const was = before.find((q) => q.id === moved.id)!;
    expect(was).toBeDefined();
    expect(moved.source.start).toBeGreaterThan(was.source.start);
    expect(after.map(key).sort()).toEqual(before.map(key).sort());
  });

  it("balances true and false statements", () => {
    const tf = run().questions.filter((q) => q.kind === "true_false");
    const share = tf.filter((q) => q.answer === true).length / tf.length;
    expect(tf.length).toBeGreaterThanOrEqual(4);
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it("spreads the right answer over positions and does not make it the longest", () => {
    const sc = run().questions.filter((q) => q.kind === "single_choice");
    const at = sc.map((q) => q.options!.findIndex((o) => o.id === q.answer));
    const top = Math.max(...[0, 1, 2, 3, 4].map((i) => at.filter((a) => a === i).length)) / sc.length;
    expect(top).toBeLessThanOrEqual(0.45);
    const longest =
      sc.filter((q) => {
        const r = q.options!.find((o) => o.id === q.answer)!.text.length;
        return q.options!.every((o) => o.id === q.answer || o.text.length < r);
      }).length / sc.length;
    expect(longest).toBeLessThanOrEqual(0.5);
    for (const q of sc) expect(q.prompt).not.toContain(q.options!.find((o) => o.id === q.answer)!.text);
  });

  it("drops flawed questions and says why", () => {
    const { facts, contexts } = fixtureInput();
    facts[0].quotes[0].speaker = null;
    const { questions, dropped } = generateQuestions(facts, { articles: contexts });
    expect(questions.some((q) => q.prompt.includes("will increase our ability") && q.kind === "single_choice")).toBe(
      false,
    );
    const d = dropped.find((x) => x.question.prompt.includes("will increase our ability"))!;
    expect(d.reasons).toContain("the quote has no speaker");
  });

  it("stands in for a who-said question that lacks enough speakers, still naming the speaker", () => {
    const h = healthArticle();
    const { questions, dropped } = generateQuestions([h.facts], { articles: [h.context] });
    expect(
      dropped.some(
        (d) => d.question.prompt.startsWith("Who said") && d.reasons.some((r) => /too few safe distractors/.test(r)),
      ),
    ).toBe(true);
    for (const [who, words] of [
      ["Dalli", "We will deal"],
      ["Ross", "Our thoughts"],
    ]) {
      const q = questions.find((x) => x.fact.kind === "quote" && JSON.stringify(x).includes(words))!;
      expect(q).toBeDefined();
      // a typed who-said, "which of these did X say", or a true statement: the speaker is in the question or its answer
      const text = q.prompt + " " + JSON.stringify(q.answer) + " " + (q.options ?? []).map((o) => o.text).join(" ");
      expect(q.kind === "true_false" ? q.answer === true && text.includes(who) : text.includes(who)).toBe(true);
    }
  });

  it("works without sentence lists (facts only)", () => {
    const { facts } = fixtureInput();
    const { questions } = generateQuestions(facts);
    expect(questions.length).toBeGreaterThan(10);
  });
});

describe("odd extractor output", () => {
  it("never crashes and never ships a structurally flawed question", () => {
    const { facts, contexts } = fixtureInput();
    const s = facts[0];
    const ev = s.quotes[0].evidence;
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(" ") + ".";
    s.article.title = "";
    s.entities.push(
      { id: "empty", kind: "person", name: "", aliases: [] },
      { id: "dup", kind: "person", name: "Robert Hannigan", aliases: [""] },
    );
    s.quotes.push(
      { text: long, speaker: "hannigan", evidence: ev },
      { text: "", speaker: null, evidence: ev },
      { text: s.quotes[0].text, speaker: "nobody", evidence: ev },
      { ...s.quotes[0] },
    );
    s.roles.push(
      { person: "hannigan", title: "", evidence: ev },
      { person: "empty", title: "Director", evidence: ev },
      { ...s.roles[0] },
      { person: "missing", title: "Chief", organization: "nowhere", evidence: ev },
    );
    s.acronyms.push(
      { short: "", long: "", evidence: ev },
      { short: "X", long: "X", evidence: ev },
      { ...s.acronyms[0] },
    );
    s.events.push(
      { when: "", what: "", evidence: ev },
      { when: "sometime", what: "nothing", evidence: ev },
      { ...s.events[0] },
      { when: "2013", what: "the NCA was first created", evidence: { sentence: "", start: -1, end: -1 } },
    );
    s.descriptions.push({ subject: "missing", text: "", evidence: ev }, { ...s.descriptions[0] });
    const out = generateQuestions(facts, { articles: contexts });
    expect(JSON.stringify(out)).toBe(JSON.stringify(generateQuestions(facts, { articles: contexts })));
    const ids = new Set<string>();
    for (const q of out.questions) {
      expect(ids.has(q.id)).toBe(false);
      ids.add(q.id);
      expect(q.prompt.trim()).not.toBe("");
      expect(q.explanation.trim()).not.toBe("");
      expect(q.source.sentence.trim()).not.toBe("");
      expect(q.prompt).not.toMatch(/word399/);
      if (q.kind === "single_choice") {
        expect(q.options!.length).toBeGreaterThanOrEqual(3);
        expect(new Set(q.options!.map((o) => o.text.toLowerCase())).size).toBe(q.options!.length);
        expect(q.options!.some((o) => o.id === q.answer)).toBe(true);
        expect(q.options!.every((o) => o.text.trim())).toBe(true);
      }
    }
    // the duplicated facts are asked once
    expect(out.questions.filter((q) => q.prompt === "What does GCHQ stand for?")).toHaveLength(1);
  });
});
