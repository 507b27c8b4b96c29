import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { previewArticle, slugify, uploadFileName } from "./article-preview";

describe("article preview", () => {
  it("names files and titles as slugs", () => {
    expect(slugify("GCHQ & the NCA: a “joint” cell")).toBe("gchq-the-nca-a-joint-cell");
    expect(uploadFileName("C:\\Users\\me\\My Article (final).MD")).toBe("my-article-final.md");
    expect(uploadFileName("notes.txt")).toBe("notes.txt");
    expect(uploadFileName("???")).toBe("article.md");
  });

  it("shows the facts and draft questions of a real article", () => {
    const text = fs.readFileSync("content/gchq-nca-joint-operations-cell.md", "utf8");
    const p = previewArticle("gchq", text, "t");
    expect(p.facts.some((f) => f.kind === "acronym" && /National Crime Agency/.test(f.text))).toBe(true);
    expect(p.questions.length).toBeGreaterThan(5);
    for (const q of p.questions) expect(text).toContain(q.sentence);
  });
});
