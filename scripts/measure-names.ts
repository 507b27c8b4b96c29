import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { speakerScopes } from "../lib/quiz/extract/index";
import { parseArticleFiles } from "./lib/read-articles";

/**
 * Person-name boundaries against CoreNLP's silver PERSON spans on PolNeAR (../shared/eval/polnear/corenlp):
 * exact-span precision and recall of the people the extractor finds. Silver, about 89 F1 itself: a measure
 * for comparing two versions, not an absolute figure. Usage: npx tsx scripts/measure-names.ts [dev|train] [--show N]
 */
const ROOT = "../shared/eval/polnear";
const split = process.argv[2] === "train" ? "train" : "dev";
const show = process.argv.includes("--show") ? Number(process.argv[process.argv.indexOf("--show") + 1]) : 0;

type CoreNlp = { sentences?: { tokens: [string, number, number, string, string][] }[] };

/** Runs of PERSON tokens as "start:end" keys. */
function silverPeople(doc: CoreNlp): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences ?? []) {
    let cur: [number, number] | null = null;
    for (const [, start, end, , ner] of s.tokens) {
      if (ner === "PERSON") cur = cur ? [cur[0], end] : [start, end];
      else if (cur) {
        out.add(cur.join(":"));
        cur = null;
      }
    }
    if (cur) out.add(cur.join(":"));
  }
  return out;
}

const files = readdirSync(join(ROOT, split, "articles"))
  .filter((f) => f.endsWith(".md"))
  .sort();
let tp = 0,
  got = 0,
  gold = 0;
const misses: string[] = [];
for (let i = 0; i < files.length; i += 60) {
  const chunk = files.slice(i, i + 60);
  speakerScopes(parseArticleFiles(chunk.map((f) => join(ROOT, split, "articles", f)))).forEach((scope, k) => {
    let doc: CoreNlp;
    try {
      doc = JSON.parse(readFileSync(join(ROOT, "corenlp", split, chunk[k].replace(/\.md$/, ".json")), "utf8"));
    } catch {
      return; // a few articles ship without an analysis
    }
    const kept = (key: string) =>
      scope.sentences.some((e) => e.start <= Number(key.split(":")[0]) && Number(key.split(":")[0]) < e.end);
    const silver = new Set([...silverPeople(doc)].filter(kept));
    const ours = new Set<string>();
    for (const m of scope.mentions) {
      if (!m.entity || scope.registry.kindOf(m.entity) !== "person" || m.nameStart === undefined) continue;
      ours.add(`${m.nameStart}:${m.possessive ? m.nameStart + m.name!.length : m.end}`);
    }
    const text = (key: string) => scope.body.slice(...(key.split(":").map(Number) as [number, number]));
    for (const s of silver)
      if (ours.has(s)) tp++;
      else misses.push(`missed «${text(s)}»`);
    for (const s of ours) if (!silver.has(s)) misses.push(`extra «${text(s)}»`);
    gold += silver.size;
    got += ours.size;
  });
}
console.log(
  `PolNeAR ${split}: person names vs CoreNLP PERSON spans: precision ${(tp / got).toFixed(3)}, recall ${(tp / gold).toFixed(3)} (${got} found, ${gold} silver)`,
);
for (const m of misses.slice(0, show)) console.log(`  ${m}`);
