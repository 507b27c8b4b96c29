/**
 * Checks for the causes found by blind round 47 (BBC News texts; docs/question-review.md), in words of their
 * own. The speaker and role causes are extractor rules, tested in extract/speakers.test.ts, roles.test.ts and
 * acronyms.test.ts.
 */
import { describe, expect, it } from "vitest";
import { eventCloze } from "./cloze";
import { buildCorpus } from "./corpus";
import { article, factsOf } from "./test-fixtures";
import { pointsOutside } from "./standalone";
import { personNameDoubt } from "./validity";

describe("found in blind round 47", () => {
  it("accepts no year alone for a month blanked after “in” when the stem already gives that year", () => {
    const a = article("expo", [
      "The robots will be shown at the Expo 2005 in Aichi, Japan, in March 2005.",
      "The firm first showed a robot in June 2003.",
    ]);
    const f = factsOf(a, {
      events: [
        ["The robots will be shown at the Expo", "March 2005", "Aichi"],
        ["The firm first showed a robot", "June 2003", "first showed"],
      ],
    });
    const c = buildCorpus([f], [a.context]);
    const expo = eventCloze(
      c,
      c.events.find((e) => e.when === "March 2005")!,
    )!.question;
    expect(expo.prompt).toMatch(/Expo 2005 in Aichi, Japan, in _____/);
    expect(expo.accept).toEqual(["March 2005", "March"]);
    // a stem without the year still takes the year alone
    expect(
      eventCloze(
        c,
        c.events.find((e) => e.when === "June 2003")!,
      )!.question.accept,
    ).toEqual(["June 2003", "2003"]);
  });

  it("offers no station or paper as a person: “Greater Manchester Radio” is no speaker", () => {
    expect(personNameDoubt("Greater Manchester Radio")).toMatch(/station or a paper/);
    expect(personNameDoubt("Clyde Valley Radio")).toMatch(/station or a paper/);
    expect(personNameDoubt("Fraser Kemp")).toBeUndefined();
  });

  it("refuses a quotation that opens “This and other …”: the one meant was named before it", () => {
    expect(
      pointsOutside("This and other human factors issues in the design of such devices are not the only ones."),
    ).toMatch(/this and other/);
    expect(pointsOutside("Human factors and other issues in the design of these devices matter.")).toBeUndefined();
  });
});
