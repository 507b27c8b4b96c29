/**
 * Who could plausibly have said a quotation. A wrong speaker from another story must speak in a comparable
 * role: a campaign pledge offered to a communications professor from an article about media, or a mayor's
 * words to a voter, gives the key away. Roles are read from the titles the corpus gives each person.
 * A wrong speaker the quotation itself describes ("the presumptive Republican nominee" for the nominee) is
 * never offered.
 */
import type { Cluster, Corpus, CQuote, CRole } from "./corpus";
import { entityIndex } from "./entity-index";
import { factIndex } from "./fact-index";

/** Fields of public life, by the head words of the titles that place a person in them. */
const FIELDS: [string, RegExp][] = [
  [
    "politics",
    /\b(?:president|senator|sen|governor|gov|representative|rep|congress(?:man|woman)|lawmaker|legislator|mayor|candidate|nominee|hopeful|secretary|minister|premier|speaker|leader|whip|chair(?:man|woman)?|council(?:man|woman|lor|member)|assembly(?:man|woman|member)|delegate|ambassador|commissioner|attorney general|vice president|first lady|strategist|campaign|operative|pollster)\b/i,
  ],
  [
    "scholarship",
    /\b(?:professor|scholar|researcher|scientist|analyst|expert|fellow|economist|historian|lecturer|dean|author)\b/i,
  ],
  [
    "press",
    /\b(?:editor|reporter|correspondent|columnist|journalist|anchor|host|commentator|writer|producer|publisher|blogger)\b/i,
  ],
  ["law", /\b(?:judge|justice|attorney|lawyer|prosecutor|counsel|solicitor|barrister)\b/i],
  ["security", /\b(?:officer|chief|general|colonel|captain|sergeant|agent|commander|sheriff|detective|admiral)\b/i],
  ["business", /\b(?:ceo|founder|executive|owner|chairman|investor|entrepreneur|partner)\b/i],
];

const FIELD_MEMO = new WeakMap<Cluster, Set<string>>();

/** The fields a person's titles in the corpus place them in (none for someone the corpus gives no title). */
export function fieldsOf(corpus: Corpus, c: Cluster): Set<string> {
  let out = FIELD_MEMO.get(c);
  if (out) return out;
  out = new Set<string>();
  for (const r of factIndex(corpus).rolesOfAnyone(c))
    for (const [field, re] of FIELDS) if (re.test(r.title)) out.add(field);
  FIELD_MEMO.set(c, out);
  return out;
}

/**
 * May this person stand as a wrong speaker for `key`'s words in article `slug`? Anyone of the same article
 * may; from another article, someone who shares a field with the key, or, when the key has no title in the
 * corpus (a voter, a witness), someone who has none either.
 */
export function comparableSpeaker(corpus: Corpus, key: Cluster, slug: string): (c: Cluster) => boolean {
  const ix = entityIndex(corpus);
  const mine = fieldsOf(corpus, key);
  return (c) => {
    if (ix.slugsOf(c).includes(slug)) return true;
    const theirs = fieldsOf(corpus, c);
    if (mine.size === 0) return theirs.size === 0;
    return [...theirs].some((f) => mine.has(f));
  };
}

/** Last word of a title, lower-cased: "nominee" of "Republican presidential nominee". */
const headOf = (title: string) =>
  title
    .trim()
    .split(/\s+/)
    .at(-1)
    ?.toLowerCase()
    .replace(/[^a-z-]/g, "") ?? "";

const ROLES = new WeakMap<Corpus, Map<string, CRole[]>>();

/** The roles the corpus gives the people of one article (in any article), indexed once per corpus. */
function rolesIn(corpus: Corpus, slug: string): CRole[] {
  let bySlug = ROLES.get(corpus);
  if (!bySlug) {
    bySlug = new Map();
    const ix = entityIndex(corpus);
    for (const r of corpus.roles)
      for (const s of new Set([r.slug, ...ix.slugsOf(r.personC)])) bySlug.set(s, [...(bySlug.get(s) ?? []), r]);
    ROLES.set(corpus, bySlug);
  }
  return bySlug.get(slug) ?? [];
}

/**
 * People of the quote's article whom the quotation describes by a title the corpus gives them: "the
 * presumptive Republican nominee", "a presidential candidate on a Scottish golf course" describe the
 * candidate, who cannot be its wrong speaker.
 */
export function describedIn(corpus: Corpus, q: CQuote, text: string): Cluster[] {
  const lower = text.toLowerCase();
  return rolesIn(corpus, q.slug)
    .filter((r) => {
      const head = headOf(r.title);
      return head.length > 2 && new RegExp(`\\b(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}${head}\\b`).test(lower);
    })
    .map((r) => r.personC)
    .filter((c) => c !== q.speakerC);
}

const GONE = new WeakMap<Corpus, Map<string, Set<Cluster>>>();

/** Words after a name that say the person died: "who perished in them", "were killed". */
const DIED_AFTER =
  /^[^.;]{0,60}?\b(?:was|were|had\s+been|been)\s+(?:killed|slain|murdered|assassinated|executed)\b|^[^;]{0,50}?\b(?:died|perished)\b/i;

/**
 * People an article says were killed or died ("the U.S. ambassador … who perished in them", "the late
 * X"): they said none of the words the story quotes from its own time, so they are no wrong speakers.
 */
export function goneIn(corpus: Corpus, slug: string): Set<Cluster> {
  let bySlug = GONE.get(corpus);
  if (!bySlug) GONE.set(corpus, (bySlug = new Map()));
  const known = bySlug.get(slug);
  if (known) return known;
  const out = new Set<Cluster>();
  const ix = entityIndex(corpus);
  const people = corpus.clusters.filter((c) => c.kind === "person" && ix.slugsOf(c).includes(slug));
  for (const { text } of corpus.contexts.get(slug)?.sentences ?? [])
    for (const p of people)
      for (const name of p.surfaces) {
        const at = text.indexOf(name);
        if (at < 0) continue;
        if (
          DIED_AFTER.test(text.slice(at + name.length)) ||
          /\bthe\s+late\s+(?:[\w.]+\s+){0,2}$/i.test(text.slice(0, at))
        )
          out.add(p);
      }
  bySlug.set(slug, out);
  return out;
}

const QUOTED = new WeakMap<Corpus, Map<string, Set<Cluster>>>();

/** Whether the article quotes this person (any of the people who may be them). */
export function quotedIn(corpus: Corpus, slug: string): (c: Cluster) => boolean {
  let bySlug = QUOTED.get(corpus);
  if (!bySlug) {
    bySlug = new Map();
    for (const q of corpus.quotes)
      if (q.speakerC) bySlug.set(q.slug, (bySlug.get(q.slug) ?? new Set()).add(q.speakerC));
    QUOTED.set(corpus, bySlug);
  }
  const here = bySlug.get(slug) ?? new Set<Cluster>();
  const ix = entityIndex(corpus);
  return (c) => ix.corefs(c).some((x) => here.has(x));
}
