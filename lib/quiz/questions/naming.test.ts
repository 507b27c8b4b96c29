import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "../types";
import { buildCorpus } from "./corpus";
import { inSentence, takesThe } from "./naming";
import { article } from "./test-fixtures";

function corpusWith(
  sentences: string[],
  entities: ArticleFacts["entities"],
  acronyms: { short: string; long: string }[] = [],
) {
  const a = article("n", sentences);
  const facts: ArticleFacts = {
    article: { slug: "n", title: "t" },
    entities,
    descriptions: [],
    roles: [],
    quotes: [],
    events: [],
    acronyms: acronyms.map((x) => ({ ...x, evidence: a.ev(x.short) })),
  };
  return buildCorpus([facts], [a.context]);
}

describe("organisation names in a sentence", () => {
  it("follows how the articles write the name", () => {
    const c = corpusWith(
      ["The NCA said it would act.", "GCHQ said it agreed.", "The NCA is new."],
      [
        { id: "nca", kind: "organization", name: "NCA", aliases: [] },
        { id: "g", kind: "organization", name: "GCHQ", aliases: [] },
      ],
    );
    expect(inSentence(c, "NCA")).toBe("the NCA");
    expect(inSentence(c, "GCHQ")).toBe("GCHQ");
  });

  it("a possessive, a modifier or a bracketed definition is no evidence; English usage decides", () => {
    const c = corpusWith(
      [
        "Oliver Gower, head of strategy for the NCA's National Cyber Crime Unit, spoke.",
        "The World Health Organization (WHO) said the risk was low.",
        "WHO chief scientist Anand Rao spoke in Geneva.",
        "He is Chief, Central Security Service.",
      ],
      [
        { id: "u", kind: "organization", name: "National Cyber Crime Unit", aliases: [] },
        { id: "w", kind: "organization", name: "World Health Organization", aliases: ["WHO"] },
        { id: "css", kind: "organization", name: "Central Security Service", aliases: [] },
      ],
      [{ short: "WHO", long: "World Health Organization" }],
    );
    expect(inSentence(c, "National Cyber Crime Unit")).toBe("the National Cyber Crime Unit");
    expect(inSentence(c, "WHO")).toBe("the WHO");
    expect(inSentence(c, "Central Security Service")).toBe("the Central Security Service");
  });

  it("institution names take “the”, brands, acronyms and commands do not", () => {
    expect(takesThe("National Cyber Crime Unit")).toBe(true);
    expect(takesThe("Department of Energy")).toBe(true);
    expect(takesThe("Mastercard")).toBe(false);
    expect(takesThe("Goldman Sachs")).toBe(false);
    expect(takesThe("Cyber Command")).toBe(false);
  });
});
