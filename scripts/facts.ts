import { extractFactsFromParsed, FrontMatterError, parseArticle } from "../lib/quiz/index";
import type { ParsedArticle } from "../lib/quiz/types";
import { CliInputError, readArticleFiles } from "./lib/read-articles";

const USAGE = "usage: npm run -s facts -- FILE...\n  Prints one JSON array with the facts of each article file (.md with front matter, or plain .txt).";

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== "--");
  if (!files.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const inputs = readArticleFiles(files);
    const parsed: ParsedArticle[] = inputs.map((input, i) => {
      try {
        return parseArticle(input);
      } catch (e) {
        if (e instanceof FrontMatterError) throw new CliInputError(`${files[i]}:${e.line}`, e.reason);
        throw e;
      }
    });
    process.stdout.write(`${JSON.stringify(extractFactsFromParsed(parsed), null, 2)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof CliInputError)) throw e;
    process.stderr.write(`facts: ${e.message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
