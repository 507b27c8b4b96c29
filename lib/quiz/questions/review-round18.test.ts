/**
 * Checks for the causes found by the eighteenth blind review (docs/question-review.md), in words of their own,
 * and the forms rounds 11–18 accepted about half the time, held for a teacher.
 */
import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { candidateDrafts } from "./candidates";
import { checkStem } from "./flaws";
import { notAPosition } from "./role-options";
import { fragmentProblem } from "./standalone";
import { article, draft, sentenceCloze } from "./test-fixtures";
import { roleDoubts } from "./trust";
import { organisationDoubt } from "./validity";

const empty = { acronyms: [], descriptions: [], roles: [], quotes: [], events: [] };

describe("found in blind round 18 (mulberry32(20261226))", () => {
  const a = article(
    "race",
    [
      "Ryan, who will face challenger Paul Nehlen in August, spoke in Janesville.",
      "Candidates most often Sam Bell and Joe Hall came to the fair.",
      "Mayor Ann Reed of Akron opened the fair in 2015 with Tom Fox, the fair's director.",
      "The WWII Italian leader was named.",
    ],
    "2016-05-10",
  );
  const f: ArticleFacts = {
    article: { slug: "race", title: "Race" },
    entities: [
      { id: "pn", kind: "person", name: "Paul Nehlen", aliases: [] },
      { id: "sb", kind: "person", name: "Sam Bell", aliases: [] },
      { id: "ar", kind: "person", name: "Ann Reed", aliases: [] },
      { id: "tf", kind: "person", name: "Tom Fox", aliases: [] },
      { id: "wi", kind: "organization", name: "WWII Italian", aliases: [] },
    ],
    ...empty,
    roles: [
      { person: "pn", title: "face challenger", evidence: a.ev("Nehlen") },
      { person: "sb", title: "Candidates most often", evidence: a.ev("Candidates") },
      { person: "ar", title: "Mayor", evidence: a.ev("Reed") },
      { person: "tf", title: "director", evidence: a.ev("Reed") },
    ],
    events: [{ when: "2015", what: "the fair opened", evidence: a.ev("Reed") }],
  };
  const c = buildCorpus([f], [a.context]);

  it("holds back a title that opens with a verb, and a plural title", () => {
    expect(roleDoubts(c, c.roles[0]!).join()).toMatch(/follows “will”: it opens with a verb/);
    expect(roleDoubts(c, c.roles[1]!).join()).toMatch(/is a plural/);
  });
  it("takes a name ending in a nationality for no body, and a mogul for no post", () => {
    expect(
      organisationDoubt(
        c,
        c.clusters.find((x) => x.name === "WWII Italian")!,
      ),
    ).toMatch(/nationality/);
    expect(notAPosition("Facebook mogul".split(" ")[1]!)).toMatch(/epithet/);
  });
  it("refuses page markup, a parenthetical aside as a stem, and an answer to a question not shown", () => {
    expect(checkStem(draft({ prompt: 'Who said: “<tweet id="1">We won</tweet>”?' })).join()).toMatch(/markup/);
    const aside = "(Texas Sen. Ted Cruz also has 17.)";
    expect(checkStem(sentenceCloze(aside, "Ted Cruz", "role")).join()).toMatch(/parenthetical aside/);
    expect(fragmentProblem("The answer is none of the above.")).toMatch(/answers a question not shown/);
  });
  it("holds the choice among titles and the date choice for a teacher; the cloze and the statement stay", () => {
    const { drafts, pairs } = candidateDrafts(c, []);
    const of = (re: RegExp) => drafts.filter((d) => re.test(d.question.prompt));
    expect(of(/^What position does the article give Ann Reed\?/)[0]?.doubts?.join()).toMatch(/choices among titles/);
    expect(of(/^Which date completes/)[0]?.doubts?.join()).toMatch(/date choices are checked/);
    expect(of(/^Fill in the blank: Mayor _____/)[0]?.doubts ?? []).toEqual([]);
    expect(pairs.some((p) => /Ann Reed as Mayor/.test(p.truth.question.prompt) && !p.truth.doubts)).toBe(true);
  });
});
