import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { extractFacts } from "../lib/quiz/index";
import type { ArticleInput } from "../lib/quiz/types";

/**
 * Words per second of the whole fact extraction against compromise's bare parse of the same
 * text, at 10k and 100k words, to show the ratio and that time grows linearly with input.
 */
const SOURCES = ["../shared/seeds", "../shared/eval/dev/articles", "lib/quiz/fixtures"];

function corpus(): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const dir of SOURCES) {
    let files: string[] = [];
    try {
      files = readdirSync(dir)
        .filter((f) => /\.(md|txt)$/.test(f))
        .sort();
    } catch {
      continue;
    }
    for (const f of files) out.push({ slug: f.replace(/\.\w+$/, ""), text: readFileSync(join(dir, f), "utf8") });
  }
  if (!out.length) throw new Error("bench-facts: no articles found in " + SOURCES.join(", "));
  return out;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The articles repeated (with distinct slugs) until the total reaches `target` words. */
function inputOf(base: ArticleInput[], target: number): ArticleInput[] {
  const out: ArticleInput[] = [];
  let total = 0;
  for (let i = 0; total < target; i++) {
    const a = base[i % base.length];
    out.push({ slug: `${a.slug}-${i}`, text: a.text });
    total += words(a.text);
  }
  return out;
}

/** Best of a few runs: the first runs after a size change pay for GC and JIT, not for the algorithm. */
function time(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return best;
}

const base = corpus();
// Warm up both paths (JIT, compromise's lexicon).
extractFacts(base);
nlp(base.map((a) => a.text).join("\n\n"));

const rows: { words: number; nlp: number; facts: number }[] = [];
for (const target of [10_000, 100_000]) {
  const input = inputOf(base, target);
  const text = input.map((a) => a.text).join("\n\n");
  const n = words(text);
  const runs = target > 50_000 ? 2 : 4;
  const tNlp = time(() => nlp(text), runs);
  const tFacts = time(() => extractFacts(input), runs);
  rows.push({ words: n, nlp: n / tNlp, facts: n / tFacts });
  console.log(
    `${String(n).padStart(7)} words: compromise nlp() ${Math.round(n / tNlp).toLocaleString("en")} words/s (${tNlp.toFixed(2)} s) · ` +
      `extractFacts ${Math.round(n / tFacts).toLocaleString("en")} words/s (${tFacts.toFixed(2)} s) · ratio ${(tNlp / tFacts).toFixed(2)}`,
  );
}
const [small, large] = rows;
console.log(
  `growth 10k→100k: extraction throughput ${(large.facts / small.facts).toFixed(2)}× (1.00 = linear), compromise ${(large.nlp / small.nlp).toFixed(2)}×`,
);
