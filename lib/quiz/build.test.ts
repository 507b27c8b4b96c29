import { describe, expect, it } from "vitest";
import { buildArticleQuiz, buildQuiz } from "./build";
import { contextFromParsed } from "./generate";

const DEFINES = {
  slug: "harbour-board-budget",
  text: [
    "# The Harbour Board sets its budget",
    "",
    "The Northfield Harbour Board (NHB) approved its budget on Monday.",
    "",
    '"We have to dredge the channel this year," said Amelia Ostrander, the chair of the NHB.',
  ].join("\n"),
};
const USES = {
  slug: "harbour-channel-dredging",
  text: [
    "# Dredging starts in the channel",
    "",
    "Work to dredge the channel began on Thursday, the NHB said.",
    "",
    '"The channel will be open to larger ships by spring," Ostrander said.',
  ].join("\n"),
};

const entityNames = (facts: { entities: { name: string; aliases: string[] }[] }) =>
  facts.entities.map((e) => [e.name, ...e.aliases].join("|")).sort();

describe("an article added to a library alone", () => {
  it("resolves an acronym and a surname another article defined, as a run over the whole library does", () => {
    const whole = buildQuiz([DEFINES, USES]);
    const library = [{ facts: whole.facts[0]!, context: contextFromParsed(whole.parsed[0]!) }];
    const added = buildArticleQuiz(USES, library);
    const names = entityNames(added.facts[0]!);
    expect(names).toContain("Northfield Harbour Board|NHB");
    expect(names.some((n) => n.startsWith("Amelia Ostrander"))).toBe(true);
    expect(names).toEqual(entityNames(whole.facts[1]!));
  });

  it("knows nothing of names the library does not hold", () => {
    const added = buildArticleQuiz(USES, []);
    const names = entityNames(added.facts[0]!);
    expect(names.some((n) => n.includes("Northfield"))).toBe(false);
    expect(names.some((n) => n.includes("Amelia"))).toBe(false);
  });
});
