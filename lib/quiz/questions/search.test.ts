import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seededRandom, seededShuffle } from "../../random";
import { OptionPool } from "./pool";
import { titleOverlaps } from "./roles";
import { DocumentSearch, TextSearch } from "./search";
import { SimilarityIndex, TitleIndex } from "./similar";
import { bare, norm, similarity, splitSentences } from "./text";

// Real article text, so the indexes meet punctuation, quotes, hyphens and names as the generator does.
const dir = join(import.meta.dirname, "../fixtures/heldout3/articles");
const texts = readdirSync(dir)
  .sort()
  .map((f) => readFileSync(join(dir, f), "utf8"));
const sentences = texts.flatMap((t) => splitSentences(t.replace(/^---[\s\S]*?---/, ""))).filter((s) => s.length > 3);
const rand = seededRandom("search.test");
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

/** Needles of every shape: whole sentences, pieces cut mid-word, single words, names, and near misses. */
function needles(hay: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < 400; i++) {
    const s = pick(hay);
    const a = Math.floor(rand() * s.length),
      b = a + 1 + Math.floor(rand() * 60);
    out.push(
      s,
      s.slice(a, b),
      s.slice(a, b) + "x",
      pick(s.split(" ")),
      s.slice(0, 12),
      s.slice(-9),
      "z" + s.slice(a, b),
    );
  }
  return [...out, "", " ", "the", "of the", "—", "u.s.", "'s"];
}

describe("text search gives the answers of a full scan", () => {
  const hay = sentences.map(norm).join(" ");
  const search = new TextSearch(hay);
  it("contains = includes, for sentences, fragments, words and misses", () => {
    for (const n of needles(sentences.map(norm))) expect(search.contains(n), n).toBe(hay.includes(n));
  });
  it("finds every position of a needle", () => {
    for (const n of needles(sentences.map(norm)).slice(0, 300)) {
      const all: number[] = [];
      for (let p = n ? hay.indexOf(n) : -1; p >= 0; p = hay.indexOf(n, p + 1)) all.push(p);
      expect(search.positions(n), n).toEqual(all);
    }
  });
  it("names the documents that hold a needle", () => {
    const docs = sentences.map(norm);
    const ds = new DocumentSearch(docs);
    for (const n of needles(docs))
      expect(ds.containing(n), n).toEqual(docs.flatMap((d, i) => (d.includes(n) ? [i] : [])));
  });
});

describe("similarity index gives the answers of a full scan", () => {
  for (const t of [0.4, 0.5, 0.6, 0.75, 0.9]) {
    it(`finds every text more similar than ${t}`, () => {
      const filed = [...sentences.slice(0, 300), "", "the of and", sentences[3], sentences[3].toUpperCase()];
      const ix = SimilarityIndex.over(filed, t);
      for (const q of [...filed.slice(0, 120), "", "a", ...needles(sentences).slice(0, 200)]) {
        expect(ix.similar(q), q).toEqual(filed.flatMap((f, i) => (similarity(f, q) > t ? [i] : [])));
      }
    });
  }
  it("answers the same when texts are filed one by one against a fixed word order", () => {
    const ix = new SimilarityIndex(0.75, sentences);
    sentences.slice(0, 200).forEach((s, i) => {
      expect(ix.similar(s)).toEqual(sentences.slice(0, i).flatMap((f, j) => (similarity(f, s) > 0.75 ? [j] : [])));
      ix.add(s);
    });
  });
});

describe("title index gives the answers of titleOverlaps", () => {
  const titles = [
    "Director",
    "director",
    "Deputy Director",
    "Director General",
    "Cybersecurity Director",
    "Chief Executive",
    "Chief Executive Officer",
    "Secretary of State",
    "Secretary of Commerce",
    "Deputy Secretary of State",
    "VP",
    "Fire Marshal",
    "Deputy National Manager for national security systems",
    "National Manager",
    "Chair",
    "chair of the committee",
    "Governor",
    "Lieutenant Governor",
    "US Attorney",
    "Attorney General",
    "the",
    "Head of Communications",
  ];
  it("finds every title that overlaps another", () => {
    const ix = new TitleIndex(titles);
    for (const q of [...titles, "Manager", "Deputy", "Executive Director", "of", "Chief of Staff"]) {
      expect(ix.overlapping(q), q).toEqual(titles.flatMap((t, i) => (titleOverlaps(t, [q]) ? [i] : [])));
    }
  });
});

/** pickTexts as it was written before pools were prepared: a filter of the whole pool, then two seeded shuffles. */
function referencePick(
  pool: { text: string; slugs: string[] }[],
  o: { key: string; slug: string; n: number; seed: string; reject?: (t: string) => boolean },
): string[] {
  const seen = new Set([bare(o.key)]);
  const usable = pool.filter((p) => {
    const b = bare(p.text);
    if (!b || seen.has(b) || o.reject?.(p.text)) return false;
    seen.add(b);
    return true;
  });
  const local = seededShuffle(
    usable.filter((p) => p.slugs.includes(o.slug)),
    o.seed + "/local",
  );
  const other = seededShuffle(
    usable.filter((p) => !p.slugs.includes(o.slug)),
    o.seed + "/other",
  );
  const ordered = [...local, ...other].map((p) => p.text);
  const picked = ordered.slice(0, o.n);
  const len = norm(o.key).length;
  if (picked.length === o.n && picked.every((t) => norm(t).length < len)) {
    const longer = ordered.slice(o.n).find((t) => norm(t).length >= len);
    if (longer) picked[picked.length - 1] = longer;
  }
  return picked;
}

describe("option pools draw what a full filter and shuffle draws", () => {
  const words = [
    "Agency",
    "Office",
    "the Agency",
    "Bureau",
    "Robert Hannigan",
    "Keith Bristow",
    "NCA",
    "N.C.A.",
    "GCHQ",
    "a much longer name of an organisation",
    "",
    "—",
  ];
  const slugs = ["a", "b", "c"];
  const pool = Array.from({ length: 120 }, (_, i) => ({
    text: i < words.length ? words[i] : `${pick(words)} ${i % 7}`,
    slugs: slugs.filter(() => rand() < 0.4),
  }));
  it("with skipped items, refused texts, repeated texts and keys of every length", () => {
    const options = new OptionPool(pool);
    for (let k = 0; k < 400; k++) {
      const skip = pool.flatMap((_, i) => (rand() < 0.3 ? [i] : []));
      const refused = new Set(pool.filter(() => rand() < 0.1).map((p) => p.text));
      const draw = {
        key: pick([...words, "x", "an extraordinarily long key that no option is as long as"]),
        slug: pick(slugs),
        n: 1 + (k % 4),
        seed: `s${k}`,
      };
      const reject = k % 2 ? (t: string) => refused.has(t) : undefined;
      const kept = pool.filter((_, i) => !skip.includes(i));
      expect(options.pick({ ...draw, skip, reject })).toEqual(referencePick(kept, { ...draw, reject }));
    }
  });
});
