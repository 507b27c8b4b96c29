import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Handle } from "@/db";
import { articles } from "@/db/schema";
import { closeTestDb, openTestDb, removeTestArticles } from "@/db/testing/test-db";
import { planRegeneration, regenerateQuestions, regenerateWhatChanged } from "./questions";
import { importContentDir } from "./sync";

// Written for this test. The first-named article uses an acronym and a surname
// that only the second defines, so taking them one by one in name order would
// lose both.
const BEFORE = `---
title: "A ferry timetable changes"
---
The Westport Ferry Company (WFC) changed its winter timetable on Monday, its director Ruth Calder said.
`;
const USES = `---
title: "Dredging starts in the channel"
---
Work to dredge the channel began on Thursday, the NHB said.

"The channel will be open to larger ships by spring," Ostrander said.
`;
const DEFINES = `---
title: "The Harbour Board sets its budget"
---
The Northfield Harbour Board (NHB) approved its budget on Monday.

"We have to dredge the channel this year," said Amelia Ostrander, the chair of the NHB.
`;

const run = `${process.pid}-${Date.now().toString(36)}`;
const slugs = { before: `ferry-${run}`, uses: `a-dredging-${run}`, defines: `b-budget-${run}` };
let handle: Handle;
let dir: string;

beforeAll(async () => {
  handle = await openTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sourced-together-"));
  fs.writeFileSync(path.join(dir, `${slugs.before}.md`), BEFORE);
  await importContentDir(dir);
  await regenerateQuestions();
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await removeTestArticles(handle, Object.values(slugs));
  await closeTestDb(handle);
});

describe("articles added to a library together", () => {
  it("are extracted together: one resolves the acronym and the surname the other defines", async () => {
    fs.writeFileSync(path.join(dir, `${slugs.uses}.md`), USES);
    fs.writeFileSync(path.join(dir, `${slugs.defines}.md`), DEFINES);
    await importContentDir(dir);
    const plan = await planRegeneration();
    expect(plan.full).toBe(false);
    await regenerateWhatChanged(undefined, plan);
    const [uses] = await db.select({ facts: articles.facts }).from(articles).where(eq(articles.slug, slugs.uses));
    const names = uses!.facts!.entities.map((e) => [e.name, ...e.aliases].join("|"));
    expect(names).toContain("Northfield Harbour Board|NHB");
    expect(names.some((n) => n.startsWith("Amelia Ostrander"))).toBe(true);
  });
});
