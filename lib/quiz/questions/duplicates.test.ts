import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { contextFromParsed } from "../generate";
import { extractFactsFromParsed, parseArticle } from "../index";
import { candidateDrafts } from "./candidates";
import { buildCorpus } from "./corpus";
import type { Draft } from "./draft";
import { dropNearDuplicates } from "./duplicates";
import { isNearDuplicate } from "./flaws";

const dir = join(import.meta.dirname, "../fixtures/heldout2/articles");
const inputs = readdirSync(dir)
  .sort()
  .map((f) => ({ slug: basename(f, extname(f)), text: readFileSync(join(dir, f), "utf8") }));
// a second copy of two articles under other slugs: the same facts asked twice
inputs.push(...inputs.slice(0, 2).map((a) => ({ slug: `${a.slug}-copy`, text: a.text })));
const parsed = inputs.map(parseArticle);
const corpus = buildCorpus(extractFactsFromParsed(parsed), parsed.map(contextFromParsed));

describe("near-duplicate pass", () => {
  it("keeps and drops exactly what comparing each question with every kept one does", () => {
    const { drafts, pairs } = candidateDrafts(corpus, []);
    const all: Draft[] = [...drafts, ...pairs.flatMap((p) => [p.truth, ...(p.falsehood ? [p.falsehood] : [])])];
    const kept: Draft[] = [],
      dropped: [string, string][] = [];
    for (const d of all) {
      const dup = kept.find((k) => isNearDuplicate(k, d));
      if (dup) dropped.push([d.question.id, dup.question.id]);
      else kept.push(d);
    }
    expect(dropped.length).toBeGreaterThan(20);
    const got = dropNearDuplicates(all);
    expect(got.kept).toEqual(kept);
    expect(got.duplicates.map((x) => [x.draft.question.id, x.of])).toEqual(dropped);
  });
});
