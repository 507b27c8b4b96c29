import { extractFactsFromParsed } from "../lib/quiz/index";
import { CliInputError, parseArticleFiles } from "./lib/read-articles";

const USAGE =
  "usage: npm run -s facts -- FILE...\n  Prints one JSON array with the facts of each article file (.md with front matter, or plain .txt).";

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== "--");
  if (!files.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const parsed = parseArticleFiles(files);
    process.stdout.write(`${JSON.stringify(extractFactsFromParsed(parsed), null, 2)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    process.stderr.write(`facts: ${e.message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
