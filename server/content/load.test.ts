import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Handle } from "@/db";
import { SlugTakenError } from "@/db/queries/articles";
import { getArticleForReader as getArticle } from "@/db/queries/reader";
import { insertUploadedArticle } from "@/db/queries/curation";
import { createUser } from "@/db/queries/users";
import { closeTestDb, openTestDb, removeTestArticles } from "@/db/testing/test-db";
import { importContentDir } from "./sync";
import { articleFromText, ContentFileError, loadContentDir } from "./load";

const GOOD = `---
title: "Council approves the new bridge"
source: Example Gazette
published: 2024-03-05
---
The city council approved the bridge on Tuesday, its chair said.

Share this article

"It will open in 2026," said Mayor Ann Lee.
`;

let root: string;
let n = 0;
function folder(files: Record<string, string | Buffer>): string {
  const dir = path.join(root, `case-${++n}`);
  fs.mkdirSync(dir);
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  return dir;
}
// Slugs must not clash with other test files on a shared PostgreSQL.
const created: string[] = [];
const unique = (base: string) => {
  const slug = `${base}-${process.pid}-${Date.now().toString(36)}`;
  created.push(slug);
  return slug;
};

let handle: Handle;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "sourced-content-"));
  handle = await openTestDb();
});
afterAll(async () => {
  fs.rmSync(root, { recursive: true, force: true });
  await removeTestArticles(handle, created);
  await closeTestDb(handle);
});

function loadError(dir: string): ContentFileError {
  try {
    loadContentDir(dir);
  } catch (e) {
    if (e instanceof ContentFileError) return e;
    throw e;
  }
  throw new Error("expected the import to fail");
}

describe("loading content files", () => {
  it("reads front matter, keeps the body unchanged and marks cruft paragraphs", () => {
    const [a] = loadContentDir(folder({ "bridge.md": GOOD }));
    expect(a!.slug).toBe("bridge");
    expect(a!.title).toBe("Council approves the new bridge");
    expect(a!.source).toBe("Example Gazette");
    expect(a!.published).toBe("2024-03-05");
    expect(GOOD.endsWith(a!.body)).toBe(true);
    const kept = a!.paragraphs.filter((p) => !p.cruft).map((p) => a!.body.slice(p.start, p.end));
    expect(kept.join(" ")).not.toContain("Share this article");
    expect(a!.wordCount).toBeGreaterThan(15);
    expect(a!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("names the file, line and reason for malformed front matter", () => {
    const bad = "---\ntitle: [unclosed\nsource: x\n---\nBody text here.\n";
    const e = loadError(folder({ "a-good.md": GOOD, "broken.md": bad }));
    expect(e.file).toBe("broken.md");
    expect(e.line).toBeGreaterThanOrEqual(2);
    expect(e.message).toMatch(/^broken\.md:\d+: invalid YAML/);
  });

  it("reports an unclosed front matter block and a non-string title", () => {
    expect(loadError(folder({ "open.md": "---\ntitle: Hi\nBody\n" })).message).toMatch(/open\.md:1: .*never closed/);
    expect(loadError(folder({ "num.md": "---\nsource: X\ntitle: 42\n---\nBody text.\n" })).message).toMatch(
      /num\.md:3: "title" must be a string/,
    );
  });

  it("accepts only an http(s) address as an article's url", () => {
    for (const url of [
      "javascript:alert(document.cookie)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,hi",
      "//evil.test/x",
      "not a url",
    ]) {
      const e = loadError(folder({ "link.md": `---\ntitle: Link\nurl: "${url}"\n---\nBody text here.\n` }));
      expect(e.message).toMatch(/^link\.md:3: "url" must be an http:\/\/ or https:\/\/ address/);
    }
    const ok = loadContentDir(
      folder({ "fine.md": "---\ntitle: Fine\nurl: https://example.org/a?b=1\n---\nBody text here.\n" }),
    );
    expect(ok[0]!.url).toBe("https://example.org/a?b=1");
  });

  it("refuses empty, binary, non-UTF-8 and badly named files", () => {
    expect(loadError(folder({ "empty.md": "  \n\n" })).reason).toMatch(/empty/);
    expect(loadError(folder({ "bin.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) })).reason).toMatch(
      /binary/,
    );
    expect(loadError(folder({ "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]) })).reason).toMatch(
      /UTF-8/,
    );
    expect(loadError(folder({ "Bad Name!.md": GOOD })).reason).toMatch(/file name/);
    expect(loadError(folder({ "same.md": GOOD, "same.txt": GOOD })).reason).toMatch(/same name/);
  });

  it("says when the folder itself cannot be read", () => {
    expect(loadError(path.join(root, "missing")).reason).toMatch(/cannot read the content folder/);
  });
});

describe("importing content", () => {
  it("is idempotent by slug and content hash, and updates a changed article", async () => {
    const slug = unique("bridge");
    const dir = folder({ [`${slug}.md`]: GOOD });
    expect(await importContentDir(dir)).toEqual({ added: [slug], updated: [], unchanged: [] });
    expect(await importContentDir(dir)).toEqual({ added: [], updated: [], unchanged: [slug] });
    fs.writeFileSync(path.join(dir, `${slug}.md`), GOOD.replace("Tuesday", "Wednesday"));
    expect(await importContentDir(dir)).toEqual({ added: [], updated: [slug], unchanged: [] });
    expect((await getArticle(slug))?.body).toContain("Wednesday");
  });

  it("imports nothing when one file is bad", async () => {
    const slug = unique("fine");
    const dir = folder({ [`${slug}.md`]: GOOD, "zz-broken.md": "---\ntitle: x\n" });
    await expect(importContentDir(dir)).rejects.toThrow(/zz-broken\.md:1/);
    expect(await getArticle(slug)).toBeNull();
  });

  it("never overwrites an article an instructor uploaded with a content file of the same name", async () => {
    const slug = unique("uploaded");
    const teacher = await createUser({
      email: `${slug}@example.test`,
      name: "T",
      passwordHash: "h",
      role: "instructor",
    });
    await insertUploadedArticle(articleFromText(`${slug}.md`, Buffer.from(GOOD)), teacher.id);
    const dir = folder({ [`${slug}.md`]: GOOD.replace("Tuesday", "Friday") });
    await expect(importContentDir(dir)).rejects.toBeInstanceOf(SlugTakenError);
    expect((await getArticle(slug))?.body).toContain("Tuesday");
  });
});
