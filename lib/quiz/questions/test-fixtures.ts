/** Hand-written facts for the generator's unit tests (not extractor output). */
import type { Draft } from "./draft";
import type { ArticleFacts, Evidence } from "../types";
import type { ArticleContext } from "./corpus";

/** An article body from sentences, with a helper that returns the evidence of one of them. */
export function article(slug: string, sentences: string[], published?: string) {
  const body = sentences.join(" ");
  const spans = sentences.map((s) => {
    const start = body.indexOf(s);
    return { text: s, start, end: start + s.length };
  });
  const ev = (needle: string): Evidence => {
    const s = spans.find((x) => x.text.includes(needle));
    if (!s) throw new Error(`no sentence with “${needle}” in ${slug}`);
    return { sentence: s.text, start: s.start, end: s.end };
  };
  const context: ArticleContext = { slug, published, sentences: spans, cruft: [] };
  return { body, ev, context };
}

type Written = ReturnType<typeof article>;

/** What `factsOf` builds from: ids and names, and each fact with a phrase of the sentence it stands in. */
export type FactsSpec = {
  people?: [id: string, name: string][];
  bodies?: [id: string, name: string][];
  quotes?: [text: string, speaker: string, needle: string, signals?: string[]][];
  roles?: [person: string, title: string, needle: string, organization?: string][];
  descriptions?: [subject: string, text: string, needle: string][];
  events?: [what: string, when: string, needle: string][];
};

/** One article's hand-written facts: people, bodies, quotations, roles, descriptions and dated events. */
export function factsOf(a: Written, spec: FactsSpec): ArticleFacts {
  return {
    article: { slug: a.context.slug, title: a.context.slug },
    entities: [
      ...(spec.people ?? []).map(([id, name]) => ({ id, kind: "person" as const, name, aliases: [] })),
      ...(spec.bodies ?? []).map(([id, name]) => ({ id, kind: "organization" as const, name, aliases: [] })),
    ],
    acronyms: [],
    descriptions: (spec.descriptions ?? []).map(([subject, text, needle]) => ({
      subject,
      text,
      evidence: a.ev(needle),
    })),
    roles: (spec.roles ?? []).map(([person, title, needle, organization]) => ({
      person,
      title,
      evidence: a.ev(needle),
      ...(organization ? { organization } : {}),
    })),
    events: (spec.events ?? []).map(([what, when, needle]) => ({ what, when, evidence: a.ev(needle) })),
    quotes: (spec.quotes ?? []).map(([text, speaker, needle, signals]) => ({
      text,
      speaker,
      evidence: a.ev(needle),
      signals,
    })),
  };
}

/**
 * One article's facts with only people and quotations: `people` as [id, name], `quotes` as [text, speaker id,
 * a phrase of the sentence it stands in, signals?]. The shape most speaker checks need.
 */
export function quoteFacts(a: Written, people: [string, string][], quotes: [string, string, string, string[]?][]) {
  return factsOf(a, { people, quotes });
}

export function spyArticle(extra: string[] = []) {
  const a = article("spies", [
    ...extra,
    "The UK’s signals intelligence agency, Government Communications Headquarters (GCHQ), and the National Crime Agency (NCA) have formed a new unit.",
    "“The Joint Operations Cell will increase our ability to identify and stop serious criminals,” said GCHQ Director Robert Hannigan.",
    "NCA Director General Keith Bristow said: “The explosion in online communication channels has brought huge benefits for society.”",
    "Back at the end of 2014, UK Prime Minister David Cameron announced the plan for the unit at a summit in London.",
    "As early as 2013, when the NCA was first created from the shuttered Serious Organised Crime Agency, newspapers reported on it.",
    "The Joint Operations Cell (JOC) opened officially in November 2015 in London.",
    "A part of GCHQ called Joint Threat Research Intelligence Group, or JTRIG, has gone undercover online.",
    "He said the unit was a first.",
  ]);
  const facts: ArticleFacts = {
    article: { slug: "spies", title: "Spies and police team up" },
    entities: [
      { id: "gchq", kind: "organization", name: "Government Communications Headquarters", aliases: ["GCHQ"] },
      { id: "nca", kind: "organization", name: "National Crime Agency", aliases: ["NCA"] },
      { id: "joc", kind: "organization", name: "Joint Operations Cell", aliases: ["JOC"] },
      { id: "jtrig", kind: "organization", name: "Joint Threat Research Intelligence Group", aliases: ["JTRIG"] },
      { id: "hannigan", kind: "person", name: "Robert Hannigan", aliases: ["Hannigan"] },
      { id: "bristow", kind: "person", name: "Keith Bristow", aliases: [] },
      { id: "cameron", kind: "person", name: "David Cameron", aliases: [] },
      { id: "uk", kind: "place", name: "UK", aliases: [] },
    ],
    acronyms: [
      {
        short: "GCHQ",
        long: "Government Communications Headquarters",
        entity: "gchq",
        evidence: a.ev("signals intelligence"),
      },
      { short: "NCA", long: "National Crime Agency", entity: "nca", evidence: a.ev("signals intelligence") },
      { short: "JOC", long: "Joint Operations Cell", entity: "joc", evidence: a.ev("(JOC) opened") },
      { short: "JTRIG", long: "Joint Threat Research Intelligence Group", entity: "jtrig", evidence: a.ev("JTRIG") },
    ],
    descriptions: [
      { subject: "gchq", text: "the UK’s signals intelligence agency", evidence: a.ev("signals intelligence") },
    ],
    roles: [
      { person: "hannigan", title: "Director", organization: "gchq", evidence: a.ev("Robert Hannigan") },
      { person: "bristow", title: "Director General", organization: "nca", evidence: a.ev("Keith Bristow") },
      { person: "cameron", title: "Prime Minister", organization: "uk", evidence: a.ev("David Cameron") },
    ],
    quotes: [
      {
        text: "The Joint Operations Cell will increase our ability to identify and stop serious criminals,",
        speaker: "hannigan",
        evidence: a.ev("Robert Hannigan"),
      },
      {
        text: "The explosion in online communication channels has brought huge benefits for society.",
        speaker: "bristow",
        evidence: a.ev("Keith Bristow"),
      },
    ],
    events: [
      { when: "2013", date: "2013", what: "the NCA was first created", evidence: a.ev("As early as 2013") },
      { when: "end of 2014", date: "2014", what: "Cameron announced the plan", evidence: a.ev("end of 2014") },
      { when: "November 2015", date: "2015-11", what: "the JOC opened officially", evidence: a.ev("November 2015") },
    ],
  };
  return { facts, context: a.context, ev: a.ev, body: a.body };
}

export function healthArticle() {
  const a = article(
    "health",
    [
      "Commissioner for Health and Consumer Policy John Dalli met ministers today in Brussels.",
      "“We will deal with the outbreak together,” said John Dalli.",
      "Experts from the European Centre for Disease Prevention and Control (ECDC) and the European Food Safety Authority (EFSA) will help.",
      "The EFSA is the agency that advises on risks in the food chain.",
      "Secretary of Commerce Wilbur Ross said: “Our thoughts and prayers go out to the families affected by this disaster.”",
    ],
    "2011-06-04",
  );
  const facts: ArticleFacts = {
    article: { slug: "health", title: "Outbreak talks", published: "2011-06-04" },
    entities: [
      { id: "dalli", kind: "person", name: "John Dalli", aliases: ["Dalli"] },
      { id: "ross", kind: "person", name: "Wilbur Ross", aliases: [] },
      {
        id: "ecdc",
        kind: "organization",
        name: "European Centre for Disease Prevention and Control",
        aliases: ["ECDC"],
      },
      { id: "efsa", kind: "organization", name: "European Food Safety Authority", aliases: ["EFSA"] },
    ],
    acronyms: [
      {
        short: "ECDC",
        long: "European Centre for Disease Prevention and Control",
        entity: "ecdc",
        evidence: a.ev("ECDC"),
      },
      { short: "EFSA", long: "European Food Safety Authority", entity: "efsa", evidence: a.ev("(EFSA) will") },
    ],
    descriptions: [
      {
        subject: "efsa",
        text: "the agency that advises on risks in the food chain",
        evidence: a.ev("advises on risks"),
      },
    ],
    roles: [
      { person: "dalli", title: "Commissioner for Health and Consumer Policy", evidence: a.ev("met ministers") },
      { person: "ross", title: "Secretary of Commerce", evidence: a.ev("Wilbur Ross") },
    ],
    quotes: [
      { text: "We will deal with the outbreak together,", speaker: "dalli", evidence: a.ev("deal with the outbreak") },
      {
        text: "Our thoughts and prayers go out to the families affected by this disaster.",
        speaker: "ross",
        evidence: a.ev("Wilbur Ross"),
      },
    ],
    events: [{ when: "today", what: "Dalli met ministers in Brussels", evidence: a.ev("met ministers") }],
  };
  return { facts, context: a.context, ev: a.ev };
}

/** The two fixture articles as one corpus input. */
export function fixtureInput() {
  const s = spyArticle(),
    h = healthArticle();
  return { facts: [s.facts, h.facts], contexts: [s.context, h.context] };
}

/** A single-choice role draft to run the flaw checks on, with any field of its question replaced. */
export const draft = (q: Partial<Draft["question"]>): Draft =>
  ({
    question: {
      id: "q_x",
      kind: "single_choice",
      fact: { kind: "role", id: "f_x" },
      prompt: "What position does the article give Ann Lee?",
      answer: "a",
      explanation: "The article names Ann Lee as judge.",
      source: { article: "x", sentence: "Judge Ann Lee ruled.", start: 0, end: 20 },
      difficulty: "medium",
      ...q,
    },
    problems: [],
  }) as unknown as Draft;

/** A cloze draft that shows an article sentence with `answer` blanked, to run the stem checks on. */
export const sentenceCloze = (sentence: string, answer: string, factKind: "role" | "event" = "event"): Draft =>
  draft({
    kind: "cloze",
    fact: { kind: factKind, id: "f_c" },
    prompt: `Fill in the blank: ${sentence.replace(answer, "_____")}`,
    answer,
    source: { article: "a", sentence, start: 0, end: sentence.length },
  });
