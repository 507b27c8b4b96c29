import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFactsFromParsed } from "../lib/quiz/extract/index";
import { HONORIFICS, TITLE_ABBREVIATIONS } from "../lib/quiz/extract/lexicon";
import type { ArticleFacts, Role } from "../lib/quiz/types";
import { parseArticleFiles } from "./lib/read-articles";

/**
 * Roles against CoreNLP's silver dependencies on PolNeAR (../shared/eval/polnear/corenlp): a person span with a
 * title noun as its compound ("nominee Donald Trump") or apposition ("Kaine, the senator") is a silver role word.
 * Prints recall of those words and, per pattern (a role's first signal), how often it fires and the share of its
 * roles whose title holds a silver word of that person in that article (a lower bound of its precision: the parse
 * misses many appositives), with samples of unconfirmed firings to judge by eye. Silver, not gold: for comparing
 * versions and finding patterns. Usage: npx tsx scripts/measure-roles.ts [dev|train] [--show N] [--misses N]
 */
const ROOT = "../shared/eval/polnear";
const split = process.argv[2] === "train" ? "train" : "dev";
const arg = (name: string) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : 0);
const show = arg("--show");
const showMisses = arg("--misses");

type Tok = [string, number, number, string, string];
type CoreNlp = { sentences?: { tokens: Tok[]; deps: [number, number, string][] }[] };
type Silver = { surname: string; word: string; text: string };

const PARTIES = /^(?:republican|democrat|democratic|gop|independent|libertarian|conservative|liberal)$/;
const normWord = (w: string) => {
  const x = w.toLowerCase().replace(/\.$/, "");
  return (TITLE_ABBREVIATIONS[x] ?? x).toLowerCase();
};

/** Title nouns attached to PERSON spans by compound or apposition, per sentence. */
function silverRoles(doc: CoreNlp): Silver[] {
  const out: Silver[] = [];
  for (const s of doc.sentences ?? []) {
    const T = s.tokens;
    const person = (i: number) => T[i - 1]?.[4] === "PERSON";
    for (const [g, d, rel] of s.deps) {
      if (!g || !d || (rel !== "compound" && rel !== "appos")) continue;
      // The person governs the title (compound, appos), or the title governs the person (appos: "the senator, Kaine").
      const [p, t] = person(g) && !person(d) ? [g, d] : rel === "appos" && person(d) && !person(g) ? [d, g] : [0, 0];
      if (!p) continue;
      const tok = T[t - 1];
      const word = normWord(tok[0]);
      if (!/^NN/.test(tok[3]) || tok[4] !== "O" || HONORIFICS.has(word) || PARTIES.test(word) || /-/.test(word))
        continue;
      let a = p,
        b = p;
      while (person(a - 1)) a--;
      while (person(b + 1)) b++;
      out.push({
        surname: T[b - 1][0].toLowerCase(),
        word,
        text: `${T.slice(Math.max(0, Math.min(a, t) - 3), Math.max(b, t) + 2)
          .map((x) => x[0])
          .join(" ")}`,
      });
    }
  }
  return out;
}

const files = readdirSync(join(ROOT, split, "articles"))
  .filter((f) => f.endsWith(".md"))
  .sort();
let silverN = 0,
  silverHit = 0;
const byPattern = new Map<string, { n: number; ok: number; samples: string[] }>();
const misses: string[] = [];
for (let i = 0; i < files.length; i += 60) {
  const chunk = files.slice(i, i + 60);
  const facts = extractFactsFromParsed(parseArticleFiles(chunk.map((f) => join(ROOT, split, "articles", f))));
  facts.forEach((f, k) => {
    let doc: CoreNlp;
    try {
      doc = JSON.parse(readFileSync(join(ROOT, "corenlp", split, chunk[k].replace(/\.md$/, ".json")), "utf8"));
    } catch {
      return;
    }
    // A role is stated once per person and title (the output is deduplicated), so silver words count once per article.
    const silver = [...new Map(silverRoles(doc).map((s) => [`${s.surname}|${s.word}`, s])).values()];
    for (const s of silver) {
      silverN++;
      if (f.roles.some((r) => personHas(f, r, s.surname) && titleWords(r.title).includes(s.word))) silverHit++;
      else misses.push(`${chunk[k].slice(0, 40)}: ${s.word} ← ${s.text}`);
    }
    for (const r of f.roles) {
      const p = r.signals?.[0] ?? "?";
      const rec = byPattern.get(p) ?? { n: 0, ok: 0, samples: [] };
      rec.n++;
      const ok = silver.some((s) => personHas(f, r, s.surname) && titleWords(r.title).includes(s.word));
      if (ok) rec.ok++;
      else rec.samples.push(`${describe(f, r)}  «${r.evidence.sentence.slice(0, 160).replace(/\s+/g, " ")}»`);
      byPattern.set(p, rec);
    }
  });
}

function personHas(f: ArticleFacts, r: Role, surname: string) {
  const e = f.entities.find((x) => x.id === r.person);
  return Boolean(e && [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(surname)));
}
function titleWords(title: string) {
  return title.split(/[\s,/-]+/).map(normWord);
}
function describe(f: ArticleFacts, r: Role) {
  const name = (id?: string) => f.entities.find((e) => e.id === id)?.name ?? id ?? "";
  return `${name(r.person)} | ${r.title} | ${name(r.organization)}`;
}

console.log(
  `PolNeAR ${split}: silver role words (compound/appos title nouns of PERSON spans): recall ${(silverHit / silverN).toFixed(3)} (${silverHit}/${silverN})`,
);
for (const [p, rec] of [...byPattern].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`  ${p}: ${rec.n} roles, ${(rec.ok / rec.n).toFixed(2)} confirmed by a silver word`);
  const step = Math.max(1, Math.floor(rec.samples.length / Math.max(1, show)));
  for (let j = 0; j < rec.samples.length && j / step < show; j += step) console.log(`      ${rec.samples[j]}`);
}
const step = Math.max(1, Math.floor(misses.length / Math.max(1, showMisses)));
for (let j = 0; j < misses.length && j / step < showMisses; j += step) console.log(`  missed ${misses[j]}`);
