import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { decodeArticleText, NotArticleTextError } from "../../lib/quiz/parse/decode";
import { FrontMatterError, parseArticle } from "../../lib/quiz/index";
import type { ArticleInput, ParsedArticle } from "../../lib/quiz/types";

/** A problem with an input file, worded for the person who ran the command. */
export class CliInputError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = "CliInputError";
    this.path = path;
  }
}

/** Reads article files for the facts and quiz commands; slug = file name without extension. */
export function readArticleFiles(paths: string[]): ArticleInput[] {
  return paths.map((path) => ({ slug: basename(path, extname(path)), text: readArticleFile(path) }));
}

function readArticleFile(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new CliInputError(path, "is a directory, not an article file");
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof CliInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliInputError(path, "no such file");
    if (code === "EACCES" || code === "EPERM") throw new CliInputError(path, "cannot be read (permission denied)");
    if (code === "EISDIR") throw new CliInputError(path, "is a directory, not an article file");
    throw new CliInputError(path, `cannot be read (${code ?? (e as Error).message})`);
  }
  try {
    return decodeArticleText(bytes);
  } catch (e) {
    if (e instanceof NotArticleTextError) throw new CliInputError(path, e.message);
    throw e;
  }
}

/** Reads and parses article files; front matter problems name the file and line. */
export function parseArticleFiles(paths: string[]): ParsedArticle[] {
  return readArticleFiles(paths).map((input, i) => {
    try {
      return parseArticle(input);
    } catch (e) {
      if (e instanceof FrontMatterError) throw new CliInputError(`${paths[i]}:${e.line}`, e.reason);
      throw e;
    }
  });
}
