// PolNeAR quotes the extractor missed or gave the wrong speaker, with the annotated source and cue and the
// text around them, for error study (train) or a quick look (dev). Reads ../shared/eval/polnear.
//   npm run -s facts -- ../shared/eval/polnear/dev/articles/*.md > /tmp/dev.json
//   node scripts/polnear-errors.mjs dev /tmp/dev.json [--all]
import { readFileSync, readdirSync } from "node:fs";
const [split, factsFile, flag] = process.argv.slice(2);
const P = "../shared/eval/polnear";
const names = readdirSync(`${P}/${split}/gold`)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => f.slice(0, -5));
const facts = JSON.parse(readFileSync(factsFile, "utf8"));
const norm = (s) =>
  String(s ?? "")
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
const words = (s) =>
  norm(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const key = (n) => words(n).at(-1) ?? "";
let n = 0,
  wrong = 0,
  missed = 0;
names.forEach((name, i) => {
  const gold = JSON.parse(readFileSync(`${P}/${split}/gold/${name}.json`, "utf8"));
  const r = facts[i];
  const body = readFileSync(`${P}/raw/${split}/text/${name}.txt`, "utf8");
  const ann = readFileSync(`${P}/raw/${split}/attributions/${name}.ann`, "utf8").split("\n");
  const T = {};
  const E = [];
  for (const l of ann) {
    let m = /^(T\d+)\t(\w+) ([\d; ]+)\t(.*)$/.exec(l);
    if (m) {
      const segs = m[3].split(";").map((x) => x.trim().split(" ").map(Number));
      T[m[1]] = { type: m[2], start: segs[0][0], end: segs.at(-1)[1], text: m[4] };
      continue;
    }
    m = /^E\d+\t(.*)$/.exec(l);
    if (m) {
      const e = {};
      for (const p of m[1].split(/\s+/)) {
        const [k, v] = p.split(":");
        e[k.replace(/\d+$/, "")] = T[v];
      }
      E.push(e);
    }
  }
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const ew = (id) => {
    const e = byId.get(id);
    return e ? new Set([e.name, ...e.aliases].flatMap(words)) : new Set(words(id ?? ""));
  };
  for (const g of gold.quotes.filter((q) => !q.optional)) {
    n++;
    const q = r.quotes.find((q) => norm(q.text).includes(norm(g.contains)));
    const ok = q && (g.speaker == null ? q.speaker == null : q.speaker != null && ew(q.speaker).has(key(g.speaker)));
    if (ok && flag !== "--all") continue;
    if (!q) missed++;
    else if (!ok) wrong++;
    const at = body.indexOf(g.contains);
    const e = E.find((e) => e.Content && e.Content.start <= at && at < e.Content.end);
    const ctxStart = Math.max(0, Math.min(at, e?.Source?.start ?? at) - 150);
    const ctxEnd = Math.min(body.length, Math.max(at + g.contains.length, e?.Source?.end ?? 0) + 150);
    const got = q ? (q.speaker ? (byId.get(q.speaker)?.name ?? q.speaker) : "null") : "(not found)";
    console.log(
      `## ${name}\n  gold: ${g.speaker} | got: ${got} | source: «${e?.Source?.text}» @${(e?.Source?.start ?? 0) - at} cue: «${e?.Cue?.text}»`,
    );
    console.log("  " + body.slice(ctxStart, ctxEnd).replace(/\n+/g, " ¶ "));
  }
});
console.error(`required ${n}, missed ${missed}, wrong ${wrong}`);
