import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { contextFromParsed } from "../generate";
import { extractFactsFromParsed, parseArticle } from "../index";
import type { ArticleFacts, Entity } from "../types";
import { buildCorpus, mayCorefer, samePersonName, type Cluster } from "./corpus";
import { mentions, partOf } from "./distractors";
import { entityIndex } from "./entity-index";
import { inSentence, nounUses } from "./naming";
import { saysInText, speakersOf, quoteChunks } from "./quotes";
import { bare, norm, similarity, words } from "./text";
import { escapeRe } from "../../regex";

// The held-out articles as one corpus, plus a copy of two of them under other slugs, so that
// people and organisations recur across articles as they do in a news corpus.
const root = join(import.meta.dirname, "../fixtures");
const files = ["heldout", "heldout2", "heldout3"].flatMap((d) =>
  readdirSync(join(root, d, "articles"))
    .sort()
    .map((f) => join(root, d, "articles", f)),
);
const inputs = files.map((f) => ({ slug: basename(f, extname(f)), text: readFileSync(f, "utf8") }));
inputs.push(...inputs.slice(0, 2).map((a) => ({ slug: `${a.slug}-copy`, text: a.text })));
const parsed = inputs.map(parseArticle);
const facts = extractFactsFromParsed(parsed);
const corpus = buildCorpus(facts, parsed.map(contextFromParsed));
const rawText = [...corpus.contexts.values()]
  .flatMap((c) => c.sentences ?? [])
  .map((s) => s.text)
  .join("\n");

/** The clustering as first written: every pair of entities compared. */
function referenceGroups(articles: ArticleFacts[]): string[][] {
  const stripThe = (s: string) => s.replace(/^the\s+/i, "").replace(/['’]s$/i, "");
  const keys = (e: Entity) => [e.name, ...e.aliases].map((n) => bare(stripThe(n))).filter(Boolean);
  const ents = articles.flatMap((a) => a.entities.map((e) => ({ slug: a.article.slug, e })));
  const parent = ents.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    const a = find(i),
      b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const pairs = articles.flatMap((a) => a.acronyms.map((x) => [bare(x.short), bare(stripThe(x.long))] as const));
  const linked = (ka: string[], kb: string[]) =>
    ka.some((x) => kb.includes(x)) ||
    pairs.some(([s, l]) => (ka.includes(s) && kb.includes(l)) || (ka.includes(l) && kb.includes(s)));
  for (let i = 0; i < ents.length; i++)
    for (let j = i + 1; j < ents.length; j++) {
      const a = ents[i].e,
        b = ents[j].e;
      if (!(a.kind === b.kind || a.kind === "other" || b.kind === "other")) continue;
      const ka = keys(a),
        kb = keys(b);
      if (linked(ka, kb)) union(i, j);
      else if (a.kind === "person" && b.kind === "person" && ka.some((x) => kb.some((y) => samePersonName(x, y)))) {
        const surname = words(a.name).at(-1);
        const full = new Set(
          ents
            .filter((x) => x.e.kind === "person" && words(x.e.name).at(-1) === surname && words(x.e.name).length > 1)
            .map((x) => bare(x.e.name)),
        );
        if (full.size <= 1 || (words(a.name).length > 1 && words(b.name).length > 1)) union(i, j);
      }
    }
  const groups = new Map<number, string[]>();
  ents.forEach((x, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), `${x.slug}/${x.e.id}`]));
  return [...groups.values()];
}

const members = (c: Cluster) =>
  corpus.articles.flatMap((a) =>
    a.entities.filter((e) => corpus.clusterOf(a.article.slug, e.id) === c).map((e) => `${a.article.slug}/${e.id}`),
  );

describe("corpus indexes give the answers of a full scan", () => {
  it("clusters entities exactly as comparing every pair does", () => {
    const person = (name: string, id = name): Entity => ({ id, kind: "person", name, aliases: [] });
    const extra: ArticleFacts = {
      article: { slug: "zz-people", title: "t" },
      acronyms: [],
      descriptions: [],
      roles: [],
      quotes: [],
      events: [],
      entities: [
        person("Karen Quennell"),
        person("Quennell"),
        person("Mark Quennell"),
        person("Okafor"),
        person("Ada Okafor"),
        { id: "o", kind: "other", name: "Quennell", aliases: [] },
      ],
    };
    const all = [...corpus.articles, extra];
    const c = buildCorpus(all);
    const got = c.clusters.map((x) =>
      all.flatMap((a) =>
        a.entities.filter((e) => c.clusterOf(a.article.slug, e.id) === x).map((e) => `${a.article.slug}/${e.id}`),
      ),
    );
    const sort = (gs: string[][]) => gs.map((g) => g.slice().sort().join(" ")).sort();
    expect(sort(got)).toEqual(sort(referenceGroups(all)));
    expect(corpus.clusters.some((x) => new Set(members(x).map((m) => m.split("/")[0])).size > 1)).toBe(true);
  });

  it("finds every coreferent, part, whole and mention", () => {
    const ix = entityIndex(corpus);
    const texts = [
      ...corpus.quotes.map((q) => q.text),
      ...corpus.roles.map((r) => r.title),
      ...corpus.clusters.map((c) => c.name),
    ];
    for (const c of corpus.clusters) {
      expect(ix.corefs(c), c.name).toEqual(corpus.clusters.filter((x) => mayCorefer(c, x)));
      expect(ix.partsAndWholes(c), c.name).toEqual(corpus.clusters.filter((x) => partOf(x, c)));
      expect(ix.clusterByName(c.name)).toBe(
        corpus.clusters.find((x) => x.names.has(bare(c.name.replace(/^the\s+/i, "").replace(/['’]s$/i, "")))),
      );
    }
    for (const t of texts) expect(ix.mentionedIn(t), t).toEqual(corpus.clusters.filter((c) => mentions(t, c)));
  });

  it("credits each quotation to everyone the corpus credits with it", () => {
    const reference = (text: string) => {
      const n = norm(text);
      return corpus.quotes
        .filter(
          (x) =>
            x.speakerC &&
            (norm(x.text).includes(n.slice(0, 60)) ||
              n.includes(norm(x.text).slice(0, 60)) ||
              similarity(x.text, text) > 0.6),
        )
        .map((x) => x.speakerC);
    };
    const chunks = corpus.quotes.flatMap((q) => quoteChunks(corpus, q).map((c) => c.text));
    expect(chunks.some((t) => reference(t).length > 1)).toBe(true);
    for (const t of [...chunks, ...corpus.quotes.map((q) => q.text), "", "said"])
      expect(speakersOf(corpus, t), t).toEqual(reference(t));
  });

  it("sees who speaks in the text and how names read, as the whole-text patterns do", () => {
    const SPEECH = "said|says|stated|states|added|adds|announced|warned|told|wrote|explained|noted|argued|insisted";
    const says = (c: Cluster) =>
      c.surfaces.some(
        (n) =>
          n.length > 1 &&
          new RegExp(
            `(?<![\\w])${escapeRe(n)}(?:['’]s\\s+\\w+)?\\s+(?:${SPEECH})\\b|\\b(?:${SPEECH})\\s+(?:the\\s+)?${escapeRe(n)}(?![\\w])`,
          ).test(rawText),
      );
    expect(corpus.clusters.filter(says).length).toBeGreaterThan(5);
    for (const c of corpus.clusters) expect(saysInText(corpus, c), c.name).toBe(says(c));
    // "the" is chosen from counts of noun uses; names that recur, overlap or open a sentence exercise the counting
    expect(
      corpus.clusters.map((c) => inSentence(corpus, c.name)).filter((n) => n.startsWith("the ")).length,
    ).toBeGreaterThan(3);
    const MOD =
      "press|team|staff|officers?|officials?|agents?|talk|event|release|report|chief|director|head|spokes\\w*|scientist|secretary|president|minister|chair\\w*|leader|boss|economist|analyst|commissioner|deputy|administrator|members?|data|figures|statement|website|guidance|rules?|chief\\w*)\\b(?!\\s+(?:said|says)";
    for (const c of corpus.clusters)
      for (const name of [c.name, ...c.surfaces]) {
        if (/^the\s/i.test(name)) continue;
        const noun = `${escapeRe(name)}(?![\\w])(?!['’]?s?\\s+[A-Z])(?!\\s+(?:${MOD}))(?!\\))`;
        const all = rawText.match(new RegExp(`(?<!\\ban?\\s)(?<!['’]s\\s)(?<![\\w])${noun}`, "g"))?.length ?? 0;
        const withThe = rawText.match(new RegExp(`\\b[Tt]he\\s+${noun}`, "g"))?.length ?? 0;
        expect(nounUses(corpus, name), name).toEqual({ all, withThe });
      }
  });
});
