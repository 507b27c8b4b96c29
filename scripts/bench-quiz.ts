import { readdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { extractFactsFromParsed, generateQuestions, parseArticle } from "../lib/quiz/index";
import type { ArticleInput } from "../lib/quiz/types";
import { readArticleFile } from "./lib/read-articles";

/**
 * How question generation grows with the corpus: the whole build (parse,
 * extract, generate) for the first 10, 50, 100, 200 and 500 articles of a
 * folder, next to extraction alone on the same text measured in the same run.
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
      files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
    } catch {
      continue;
    }
    for (const f of files) out.push({ slug: basename(f, extname(f)), text: readArticleFile(join(dir, f)) });
  }
  return out;
}

const wordCount = (input: ArticleInput[]) => input.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);

function extractOnly(input: ArticleInput[]): void {
  extractFactsFromParsed(input.map(parseArticle));
}

function build(input: ArticleInput[]): number {
  const parsed = input.map(parseArticle);
  return generateQuestions(extractFactsFromParsed(parsed), { articles: parsed }).questions.length;
}

/**
 * Best of several runs, repeated for at least two seconds (at least 3, at most
 * 10 runs): a small input is timed mostly by garbage collection and JIT
 * otherwise. A run longer than two seconds is measured once.
 */
function time<T>(fn: () => T): { seconds: number; result: T } {
  let best = Infinity, total = 0, result!: T;
  for (let r = 0; r < 10 && (total < 2 || r < 3) && !(r === 1 && best > 2); r++) {
    const t = performance.now();
    result = fn();
    const s = (performance.now() - t) / 1000;
    [best, total] = [Math.min(best, s), total + s];
  }
  return { seconds: best, result };
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pad = (s: string, n: number) => s.padStart(n);

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
  console.log(`bench:quiz · ${args.length ? dirs.join(", ") : "fixture and content articles"} (${all.length} articles)`);
  // warm up: JIT and compromise's lexicon take several passes to settle
  for (let i = 0; i < 4; i++) build(all.slice(0, Math.min(all.length, 50)));
  console.log(`${pad("articles", 8)} ${pad("words", 9)} ${pad("build s", 8)} ${pad("words/s", 9)} ${pad("questions/s", 11)} ${pad("extract s", 9)} ${pad("build÷extract", 13)}`);
  const rows: { words: number; build: number; extract: number }[] = [];
  for (const n of sizes) {
    const input = all.slice(0, n);
    const words = wordCount(input);
    const extract = time(() => extractOnly(input)).seconds;
    const { seconds, result: questions } = time(() => build(input));
    rows.push({ words, build: seconds, extract });
    console.log(
      `${pad(String(n), 8)} ${pad(fmt(words), 9)} ${pad(seconds.toFixed(2), 8)} ${pad(fmt(words / seconds), 9)} ${pad(fmt(questions / seconds), 11)} ` +
        `${pad(extract.toFixed(2), 9)} ${pad(`${(seconds / extract).toFixed(2)}×`, 13)}`,
    );
  }
  const first = rows[0], last = rows.at(-1)!;
  if (rows.length > 1) {
    const growth = last.build / last.words / (first.build / first.words);
    console.log(`growth ${sizes[0]}→${sizes.at(-1)} articles: time per word ×${growth.toFixed(2)} (1.00 = linear)`);
  }
  console.log(`whole build ÷ extraction alone at ${sizes.at(-1)} articles: ${(last.build / last.extract).toFixed(2)}×`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
