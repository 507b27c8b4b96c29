import { join } from "node:path";
import { extractFacts } from "../lib/quiz/extract/index";
import { loadSet } from "../lib/quiz/fixtures/score";
import type { ArticleFacts } from "../lib/quiz/types";

/**
 * Whether a quote's `confidence` means something: on PolNeAR (../shared/eval/polnear) or fixture sets each found required quote
 * (matched as score-facts matches it: the quote's text holds the gold's first words) is put in a bucket by the
 * confidence of its speaker, and the share of right speakers per bucket is printed as a Markdown table. A
 * calibrated confidence has each bucket's share inside or near its range. Usage:
 * npx tsx scripts/measure-confidence.ts [dev|train|FIXTURE-SET-DIR ...] (several folders are pooled).
 */
const ROOT = "../shared/eval/polnear";
const args = process.argv.slice(2);
const dirs = !args.length || args[0] === "dev" || args[0] === "train" ? [join(ROOT, args[0] ?? "dev")] : args;
const BUCKETS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01];

const norm = (s: string) =>
  s
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
const words = (s: string) =>
  norm(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Per found required quote: its confidence and whether its speaker carries the gold speaker's surname. */
function judged(facts: ArticleFacts, gold: { speaker: string | null; contains: string; optional?: boolean }[]) {
  const names = new Map(facts.entities.map((e) => [e.id, new Set([e.name, ...e.aliases].flatMap(words))]));
  const out: { confidence: number; right: boolean }[] = [];
  const seen = new Set<number>();
  for (const q of facts.quotes) {
    for (const [gi, g] of gold.entries()) {
      if (g.optional || seen.has(gi) || !norm(q.text).includes(norm(g.contains))) continue;
      seen.add(gi);
      const surname = words(g.speaker ?? "").at(-1);
      const right = g.speaker == null ? q.speaker == null : Boolean(q.speaker && names.get(q.speaker)?.has(surname!));
      out.push({ confidence: q.confidence ?? 0, right });
    }
  }
  return out;
}

const all = dirs.flatMap((dir) => {
  const { inputs, golds } = loadSet(dir);
  return extractFacts(inputs).flatMap((f, i) => judged(f, golds[i].quotes ?? []));
});
console.log(`${dirs.join(", ")}: ${all.length} found required quotes\n`);
console.log("| confidence | quotes | right speaker |\n|---|---|---|");
for (let b = 0; b < BUCKETS.length - 1; b++) {
  const [lo, hi] = [BUCKETS[b], BUCKETS[b + 1]];
  const inside = all.filter((x) => x.confidence >= lo && x.confidence < hi);
  const share = inside.length ? (inside.filter((x) => x.right).length / inside.length).toFixed(2) : "—";
  console.log(`| ${lo.toFixed(2)}–${hi > 1 ? "1.00" : hi.toFixed(2)} | ${inside.length} | ${share} |`);
}
