/** Why some bytes are not article text; worded to follow a file name. */
export class NotArticleTextError extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Article files must be non-empty UTF-8 text. The importer, the upload form
 * and the command-line tools all decode through here, so they refuse the
 * same files with the same words.
 */
export function decodeArticleText(bytes: Uint8Array): string {
  if (bytes.includes(0))
    throw new NotArticleTextError("looks like a binary file (contains NUL bytes), expected UTF-8 text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new NotArticleTextError("is not valid UTF-8 text");
  }
  if (!text.trim()) throw new NotArticleTextError("is empty");
  return text;
}
