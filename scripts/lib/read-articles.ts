import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { ArticleInput } from "../../lib/quiz/types";

/** A problem with an input file, worded for the person who ran the command. */
export class CliInputError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = "CliInputError";
    this.path = path;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads article files for the facts and quiz commands; slug = file name without extension. */
export function readArticleFiles(paths: string[]): ArticleInput[] {
  return paths.map((path) => ({ slug: basename(path, extname(path)), text: readArticleFile(path) }));
}

export function readArticleFile(path: string): string {
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
  if (bytes.includes(0)) throw new CliInputError(path, "looks like a binary file (contains NUL bytes), expected UTF-8 text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new CliInputError(path, "is not valid UTF-8 text");
  }
  if (!text.trim()) throw new CliInputError(path, "is empty");
  return text;
}
