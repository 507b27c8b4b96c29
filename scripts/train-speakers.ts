import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { speakerScopes } from "../lib/quiz/extract/index";
import { SPEECH_VERBS } from "../lib/quiz/extract/lexicon";
import { cueStem } from "../lib/quiz/extract/speaker-candidates";
import {
  accuracy,
  cueLexicon,
  fitSpeakerModel,
  speakerExamples,
  type Attribution,
  type Example,
} from "../lib/quiz/extract/speaker-training";
import { parseArticleFiles } from "./lib/read-articles";

/**
 * Learns the speaker ranker from PolNeAR (../shared/eval/polnear): the cue lexicon from the annotated cue
 * spans of train, the weights from its annotated sources; reports accuracy on dev. Writes
 * lib/quiz/extract/speaker-model-data.ts. Usage: npm run train:speakers [-- --chunk 60] [--limit N]
 */
const ROOT = "../shared/eval/polnear";
const OUT = "lib/quiz/extract/speaker-model-data.ts";
const arg = (name: string) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined;
const CHUNK = arg("--chunk") ?? 60;
/** Only the first N training articles: a quick check of the script, not a model to ship. */
const LIMIT = arg("--limit");

type Ann = { attributions: Attribution[]; cues: string[] };

/** Brat T lines (`T3\tSource 12 20;25 30\ttext`) tied into attributions by E lines. */
function readAnn(path: string): Ann {
  const spans = new Map<string, { type: string; segs: [number, number][]; text: string }>();
  const attributions: Attribution[] = [];
  const cues: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const t = /^(T\d+)\t(\w+) ([\d; ]+)\t(.*)$/.exec(line);
    if (t) {
      spans.set(t[1], {
        type: t[2],
        segs: t[3].split(";").map((s) => s.trim().split(" ").map(Number) as [number, number]),
        text: t[4],
      });
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const parts = Object.fromEntries(
      e[1]
        .split(/\s+/)
        .map((p) => p.split(":"))
        .map(([k, v]) => [k.replace(/\d+$/, ""), spans.get(v)]),
    );
    if (!parts.Content || !/[“”"]/.test(parts.Content.text)) continue;
    if (parts.Cue) cues.push(parts.Cue.text);
    const sourceText = parts.Source?.text ?? "";
    attributions.push({ content: parts.Content.segs, source: parts.Source?.segs ?? [], named: isNamed(sourceText) });
  }
  return { attributions, cues };
}

/** A source that names someone: a capitalised word that is not just the sentence's first word or a pronoun. */
function isNamed(text: string): boolean {
  return text
    .split(/\s+/)
    .some(
      (w, i) =>
        /^[A-Z][a-z]/.test(w) &&
        (i > 0 || !/^(?:The|A|An|He|She|They|It|We|I|His|Her|Their|Officials|Critics|Some|Many)$/.test(w)),
    );
}

function split(name: "train" | "dev") {
  const names = readdirSync(join(ROOT, name, "articles"))
    .filter((f) => f.endsWith(".md"))
    .sort();
  return names.map((f) => ({
    file: join(ROOT, name, "articles", f),
    ann: readAnn(join(ROOT, "raw", name, "attributions", f.replace(/\.md$/, ".ann"))),
  }));
}

function examplesOf(
  articles: ReturnType<typeof split>,
  model: Parameters<typeof speakerExamples>[2],
): { examples: Example[]; unreachable: number } {
  const examples: Example[] = [];
  let unreachable = 0;
  // Entities are resolved across the articles given together, as `npm run facts` does for a batch; chunks keep memory flat.
  for (let i = 0; i < articles.length; i += CHUNK) {
    const chunk = articles.slice(i, i + CHUNK);
    const scopes = speakerScopes(parseArticleFiles(chunk.map((a) => a.file)));
    scopes.forEach((scope, k) => {
      const r = speakerExamples(scope, chunk[k].ann.attributions, model);
      examples.push(...r.examples);
      unreachable += r.unreachable;
    });
  }
  return { examples, unreachable };
}

const train = split("train").slice(0, LIMIT);
const dev = split("dev");
const cues = [
  ...new Set([
    ...cueLexicon(
      train.flatMap((a) => a.ann.cues),
      2,
    ),
    ...[...SPEECH_VERBS].map(cueStem),
  ]),
].sort();
const base = { weights: {}, salience: 0, cues: new Set(cues) };
const t = examplesOf(train, base);
const d = examplesOf(dev, base);
const fit = fitSpeakerModel(t.examples, { l2: 0.02, iterations: 400, rate: 0.2 });
if (process.env.DUMP) writeFileSync(process.env.DUMP, JSON.stringify(t.examples));
const model = { ...fit, cues: base.cues };
console.error(
  `train: ${t.examples.length} quotations (${t.unreachable} with a named source no candidate covers); ranked right ${accuracy(model, t.examples).toFixed(3)}`,
);
console.error(
  `dev:   ${d.examples.length} quotations (${d.unreachable} unreachable); ranked right ${accuracy(model, d.examples).toFixed(3)}`,
);
const data = {
  trainedOn: `PolNeAR v1.0 train (${train.length} articles, ${t.examples.length} annotated quotations)`,
  made: "npm run train:speakers",
  salience: fit.salience,
  weights: fit.weights,
  cues,
};
// A TypeScript module rather than JSON: Node's ESM loader (Playwright, tsx) needs import attributes for JSON.
writeFileSync(
  OUT,
  `// Written by \`npm run train:speakers\`; do not edit by hand.\nexport const SPEAKER_MODEL_DATA = ${JSON.stringify(data, null, 1)};\n`,
);
console.error(`wrote ${OUT}: ${Object.keys(fit.weights).length} weights, ${cues.length} cue stems`);
