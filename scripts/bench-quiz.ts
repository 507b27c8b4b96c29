import { readdirSync } from "node:fs";
import { join } from "node:path";
import { buildArticleQuiz, extractFactsFromParsed, parseArticle, type StoredArticle } from "../lib/quiz/index";
import { contextFromParsed, generateQuestions } from "../lib/quiz/generate";
import type { ArticleInput } from "../lib/quiz/types";
import { readArticleFiles } from "./lib/read-articles";

/**
 * How question generation grows with the corpus: the whole build (parse,
 * extract, generate) for the first 10, 50, 100, 200 and 500 articles of a
 * folder, next to its extraction (parse and facts) timed within the same build.
 * Then one article added to the largest library, as the server adds it: that
 * article alone extracted and its questions generated against the stored facts
 * of the others.
 *   npm run bench:quiz -- [DIR]     (default: the fixture articles and content/)
 */
const SIZES = [10, 50, 100, 200, 500];
const DEFAULT_DIRS = () => [
  ...readdirSync("lib/quiz/fixtures", { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join("lib/quiz/fixtures", d.name, "articles"))
    .sort(),
  "content",
];

function articles(dirs: string[]): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir)
        .filter((f) => /\.(md|txt)$/.test(f))
        .sort();
    } catch {
      continue;
    }
    out.push(...readArticleFiles(files.map((f) => join(dir, f))));
  }
  return out;
}

const wordCount = (input: ArticleInput[]) => input.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);

type Run = { seconds: number; extract: number; questions: number };

/** One whole build, timing its extraction (parse and facts) on the way: the same text, the same moment. */
function build(input: ArticleInput[]): Run {
  const t0 = performance.now();
  const parsed = input.map(parseArticle);
  const facts = extractFactsFromParsed(parsed);
  const t1 = performance.now();
  const questions = generateQuestions(facts, { articles: parsed }).questions.length;
  return { seconds: (performance.now() - t0) / 1000, extract: (t1 - t0) / 1000, questions };
}

/**
 * The fastest of several builds: at least two, and for small inputs as many as
 * fit in two seconds (up to 10), since garbage collection and JIT dominate
 * them; a build over 20 seconds is run once.
 */
function fastest(input: ArticleInput[]): Run {
  let best: Run | undefined,
    total = 0;
  for (let r = 0; r < 10 && (total < 2 || r < 2) && !(r === 1 && best!.seconds > 20); r++) {
    const run = build(input);
    total += run.seconds;
    if (!best || run.seconds < best.seconds) best = run;
  }
  return best!;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pad = (s: string, n: number) => s.padStart(n);

/** Adding each of `extra` to the stored library (one at a time): the median time, and of it the article's own extraction. */
function addOne(library: ArticleInput[], extra: ArticleInput[]): { seconds: number; extract: number } {
  const parsed = library.map(parseArticle);
  const stored: StoredArticle[] = extractFactsFromParsed(parsed).map((facts, i) => ({
    facts,
    context: contextFromParsed(parsed[i]!),
  }));
  const runs = extra.map((a) => {
    const t0 = performance.now();
    extractFactsFromParsed([parseArticle(a)]);
    const t1 = performance.now();
    buildArticleQuiz(a, stored);
    return { seconds: (performance.now() - t1) / 1000, extract: (t1 - t0) / 1000 };
  });
  runs.sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)]!;
}

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== "--");
  const dirs = args.length ? args : DEFAULT_DIRS();
  const all = articles(dirs);
  if (!all.length) {
    process.stderr.write(`bench:quiz: no .md or .txt articles in ${dirs.join(", ")}\n`);
    return 1;
  }
  const sizes = SIZES.filter((n) => n <= all.length);
  // a folder too small for two sizes is measured whole as well, so growth has two points
  if (sizes.length < 2 && all.length > (sizes.at(-1) ?? 0)) sizes.push(all.length);
  console.log(
    `bench:quiz · ${args.length ? dirs.join(", ") : "fixture and content articles"} (${all.length} articles)`,
  );
  // warm up: JIT and compromise's lexicon take several passes to settle
  for (let i = 0; i < 4; i++) build(all.slice(0, Math.min(all.length, 50)));
  console.log(
    `${pad("articles", 8)} ${pad("words", 9)} ${pad("build s", 8)} ${pad("words/s", 9)} ${pad("questions/s", 11)} ${pad("extract s", 9)} ${pad("build÷extract", 13)}`,
  );
  const rows: { words: number; build: number; extract: number }[] = [];
  for (const n of sizes) {
    const input = all.slice(0, n);
    const words = wordCount(input);
    const { seconds, extract, questions } = fastest(input);
    rows.push({ words, build: seconds, extract });
    console.log(
      `${pad(String(n), 8)} ${pad(fmt(words), 9)} ${pad(seconds.toFixed(2), 8)} ${pad(fmt(words / seconds), 9)} ${pad(fmt(questions / seconds), 11)} ` +
        `${pad(extract.toFixed(2), 9)} ${pad(`${(seconds / extract).toFixed(2)}×`, 13)}`,
    );
  }
  const first = rows[0],
    last = rows.at(-1)!;
  if (rows.length > 1) {
    const growth = last.build / last.words / (first.build / first.words);
    console.log(`growth ${sizes[0]}→${sizes.at(-1)} articles: time per word ×${growth.toFixed(2)} (1.00 = linear)`);
  }
  console.log(`whole build ÷ extraction alone at ${sizes.at(-1)} articles: ${(last.build / last.extract).toFixed(2)}×`);
  const n = sizes.at(-1)!;
  const extra = all.length > n ? all.slice(n, n + 3) : all.slice(n - 1, n);
  const library = all.slice(0, all.length > n ? n : n - 1);
  const add = addOne(library, extra);
  console.log(
    `adding one article to a library of ${library.length}: ${add.seconds.toFixed(2)} s (of which its own extraction ${add.extract.toFixed(2)} s; median of ${extra.length})`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
