import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliInputError, readArticleFiles } from "./read-articles";

const dir = mkdtempSync(join(tmpdir(), "read-articles-"));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe("readArticleFiles", () => {
  it("reads text files with the file name (without extension) as slug", () => {
    expect(readArticleFiles([file("story-1.md", "# Hi\n\nText.")])).toEqual([
      { slug: "story-1", text: "# Hi\n\nText." },
    ]);
  });
  it.each([
    ["missing", () => join(dir, "nope.txt"), /nope\.txt: no such file/],
    ["directory", () => (mkdirSync(join(dir, "sub"), { recursive: true }), join(dir, "sub")), /sub: is a directory/],
    ["empty", () => file("blank.txt", " \n\t\n"), /blank\.txt: is empty/],
    ["binary", () => file("img.txt", Buffer.from([0x89, 0x50, 0x00, 0x01])), /img\.txt: .*binary/],
    [
      "invalid UTF-8",
      () => file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f])),
      /latin1\.txt: is not valid UTF-8/,
    ],
  ])("rejects a %s file with a message naming it", (_, make, message) => {
    const p = make();
    expect(() => readArticleFiles([p])).toThrow(CliInputError);
    expect(() => readArticleFiles([p])).toThrow(message);
  });
  it("rejects an unreadable file", () => {
    const p = file("secret.txt", "text");
    chmodSync(p, 0o000);
    if (process.getuid?.() === 0) return; // root reads anything
    expect(() => readArticleFiles([p])).toThrow(/secret\.txt: cannot be read/);
  });
});
