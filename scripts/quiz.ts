import { buildQuiz } from "../lib/quiz/build";
import type { DroppedQuestion } from "../lib/quiz/generate";
import { CliInputError, parseArticleFiles } from "./lib/read-articles";

const USAGE = `usage: npm run -s quiz -- [--report | --report=json] FILE...
  Prints {"questions": [...]} for all article files taken together.
  --report       instead, lists the questions held back (sound, but on a fact not sure enough: check before
                 use) and those the flaw check dropped, with the reasons (one block per question)
  --report=json  the same as JSON: {"held": [...], "dropped": [{"id", "kind", "fact", "prompt", "reasons"}]}`;

function formatBlocks(title: string, rows: DroppedQuestion[]): string[] {
  const lines = [`${rows.length} ${title}`, ""];
  for (const { question: q, reasons } of rows) {
    lines.push(`${q.id} ${q.kind} (${q.fact.kind}, ${q.source.article})`);
    lines.push(`  ${q.prompt}`);
    for (const r of reasons) lines.push(`  - ${r}`);
    lines.push("");
  }
  return lines;
}

function formatReport(held: DroppedQuestion[], dropped: DroppedQuestion[]): string {
  return [
    ...formatBlocks("question(s) held back, check before use:", held),
    ...formatBlocks("question(s) dropped by the flaw check:", dropped),
  ].join("\n");
}

const reportRows = (rows: DroppedQuestion[]) =>
  rows.map(({ question: q, reasons }) => ({
    id: q.id,
    kind: q.kind,
    fact: q.fact,
    article: q.source.article,
    prompt: q.prompt,
    reasons,
  }));

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== "--");
  const report = args.find((a) => a.startsWith("--report"));
  const unknown = args.find((a) => a.startsWith("--") && a !== report);
  if (report && report !== "--report" && report !== "--report=json") {
    process.stderr.write(`quiz: unknown report format ${report}\n${USAGE}\n`);
    return 2;
  }
  if (unknown) {
    process.stderr.write(`quiz: unknown option ${unknown}\n${USAGE}\n`);
    return 2;
  }
  const files = args.filter((a) => !a.startsWith("--"));
  if (!files.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const { questions, dropped, held, errors } = buildQuiz(parseArticleFiles(files));
    for (const e of errors) process.stderr.write(`quiz: skipped a fact the generator could not handle (${e})\n`);
    if (report === "--report=json") {
      const body = { held: reportRows(held), dropped: reportRows(dropped) };
      process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    } else if (report) {
      process.stdout.write(formatReport(held, dropped));
    } else {
      process.stdout.write(`${JSON.stringify({ questions }, null, 2)}\n`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    process.stderr.write(`quiz: ${e.message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
