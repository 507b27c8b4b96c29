import { describe, expect, it } from "vitest";
import { extractFacts } from "../extract";
import type { ArticleFacts } from "../types";
import { lowerTitleBefore, parseTitlePhrase } from "./roles";

// Rules for news English in general (wire, British, local, press-release styles), with negative cases.
const facts = (text: string, published?: string): ArticleFacts => {
  const fm = published ? `---\ntitle: "T"\npublished: "${published}"\n---\n` : "";
  return extractFacts([{ slug: "a", text: fm + text }])[0];
};
const name = (f: ArticleFacts, id: string | null | undefined) => f.entities.find((e) => e.id === id)?.name ?? id;
const roles = (text: string) => {
  const f = facts(text);
  return f.roles.map((r) => `${name(f, r.person)} | ${r.title} | ${r.organization ? name(f, r.organization) : ""}`);
};

describe("roles in general news English", () => {
  it("writes out abbreviated titles: Gov., Sen., Rep.", () => {
    expect(roles("The law was signed by Gov. Karen Doyle in June. Sen. Mark Ruiz and State Rep. Tom Hines objected.")).toEqual([
      "Karen Doyle | Governor | ",
      "Mark Ruiz | Senator | ",
      "Tom Hines | State Representative | ",
    ]);
  });
  it("reads a lower-case title between an organisation and a name", () => {
    expect(roles("Microsoft vice chair Dana Whitfield said the firms agreed.")).toEqual(["Dana Whitfield | vice chair | Microsoft"]);
    expect(roles("Finance minister Rachel Whitmore welcomed the decision.")).toEqual(["Rachel Whitmore | Finance minister | "]);
    expect(lowerTitleBefore("at a briefing, WHO chief scientist ")).toEqual({ title: "chief scientist", org: "WHO" });
  });
  it("does not take ordinary lower-case words before a name as a title", () => {
    expect(lowerTitleBefore("The report was written by ")).toBeUndefined();
    expect(lowerTitleBefore("Police said shoppers saw ")).toBeUndefined();
    expect(roles("Voters in Texas backed Karen Doyle on Tuesday.")).toEqual([]);
  });
  it("drops a state or country before a title: it is no organisation", () => {
    expect(roles("Missouri Attorney General Daniel Price said his office would appeal.")).toEqual(["Daniel Price | Attorney General | "]);
    expect(roles("Saudi Arabia's energy minister, Khalid al-Nasser, told reporters in Riyadh that output would stay low.")).toEqual([
      "Khalid al-Nasser | energy minister | ",
    ]);
  });
  it("keeps lower-case portfolios and resolves 'the commission's' to the organisation named before", () => {
    expect(roles("The health secretary, Eleanor Marsh, said the strike was unfair.")).toEqual(["Eleanor Marsh | health secretary | "]);
    expect(
      roles("The European Commission enforces the rules. Elena Marchetti, the commission's executive vice-president for competition, has overseen them."),
    ).toEqual(["Elena Marchetti | executive vice-president for competition | European Commission"]);
  });
  it("takes the owner of a lower-case unit as the organisation", () => {
    expect(parseTitlePhrase("co-chair of the BMA’s junior doctors committee")).toEqual({ title: "co-chair", org: "BMA" });
    expect(parseTitlePhrase("head of the IEA's oil industry and markets division")).toEqual({ title: "head", org: "IEA" });
  });
  it("keeps name particles inside names and stops the appositive at a verb", () => {
    expect(roles("Pieter de Wit, the commissioner for the internal market, has said it will act.")).toEqual([
      "Pieter de Wit | commissioner for the internal market | ",
    ]);
    expect(roles('Laura Stein, general counsel for the Press Photographers Association, called the decision "a victory for everyone who uses a camera."')).toEqual([
      "Laura Stein | general counsel | Press Photographers Association",
    ]);
  });
  it("reads 'X, who will join Y as title'", () => {
    expect(roles("Brightline was founded by Kenji Watanabe, who will join Norvale as chief technology officer for perception.")).toEqual([
      "Kenji Watanabe | chief technology officer for perception | Norvale",
    ]);
    expect(roles("Kenji Watanabe joined the protest as a volunteer.")).toEqual([]);
  });
  it("treats countries and capitals as places, never people", () => {
    const f = facts("Officials in London and Washington said Britain would act. Riyadh said nothing.");
    expect(f.entities.filter((e) => e.kind === "person")).toEqual([]);
  });
});

describe("quotes in general news English", () => {
  const quotes = (text: string) => {
    const f = facts(text);
    return f.quotes.map((q) => `${name(f, q.speaker)}: ${q.text}`);
  };
  it("gives 'ORG's Surname said' to the person, and to the full name when another article has it", () => {
    const one = 'Speaking at the launch, GCHQ\'s Hannigan said the cell would "increase our ability to identify and stop serious criminals."';
    expect(quotes(one)).toEqual(["Hannigan: increase our ability to identify and stop serious criminals."]);
    const both = extractFacts([
      { slug: "a", text: "GCHQ Director Robert Hannigan spoke on Monday." },
      { slug: "b", text: one },
    ])[1];
    expect(name(both, both.quotes[0].speaker)).toBe("Robert Hannigan");
  });
  it("keeps a possessive organisation before a product or place name an organisation", () => {
    const f = facts("Microsoft's Windows team shipped a fix, and Britain's Labour government agreed.");
    expect(f.entities.filter((e) => e.kind === "person")).toEqual([]);
  });
  it("reads British single-mark quotations introduced by a colon or closed by a cue, across apostrophes", () => {
    expect(
      quotes(
        "Sentencing him on Friday, Judge Catherine Hale said: 'You targeted people who trusted you. They didn't deserve it.'\n\n" +
          "'We would urge anyone who was a victim to come forward,' she added.",
      ),
    ).toEqual([
      "Catherine Hale: You targeted people who trusted you. They didn't deserve it.",
      "Catherine Hale: We would urge anyone who was a victim to come forward",
    ]);
  });
  it("does not take apostrophes or single-marked terms as quotes", () => {
    expect(quotes("The victims' homes were searched. Officers called it 'Operation Bluebird' and the 'dark web' was cited. It's the firm's 'best year'.")).toEqual([]);
  });
  it("gives an unnamed speaker's quote no speaker", () => {
    expect(quotes("One victim, an 82-year-old widow, said in a statement: 'I don't sleep properly any more.'")).toEqual([
      "null: I don't sleep properly any more.",
    ]);
  });
  it("resolves 'he said' to the subject of the sentence before, not a name inside it", () => {
    expect(
      quotes(
        "Ellison, who took charge in 2022, added that Daniel Hartley would be rested.\n\n“We're not going to throw him into three games in a week,” he said.",
      ),
    ).toEqual(["Ellison: We're not going to throw him into three games in a week"]);
  });
  it("takes 'X called the decision “…”' as X's quote", () => {
    expect(quotes("Price spoke first. Laura Stein, general counsel for the group, called the decision “a victory for everyone who uses a camera.”")).toEqual([
      "Laura Stein: a victory for everyone who uses a camera.",
    ]);
  });
});

describe("acronyms in general news English", () => {
  const acr = (text: string) => facts(text).acronyms.map((a) => `${a.short}=${a.long}`);
  it("accepts a lower-case long form that is an exact initialism", () => {
    expect(acr("It banned flying an unmanned aircraft system, or UAS, over farms. Prices of liquefied natural gas (LNG) rose.")).toEqual([
      "UAS=unmanned aircraft system",
      "LNG=liquefied natural gas",
    ]);
    expect(acr("Highly pathogenic avian influenza, or HPAI, has spread.")).toEqual(["HPAI=Highly pathogenic avian influenza"]);
  });
  it("rejects lower-case words that are not an exact initialism", () => {
    expect(acr("He said the plan was good (PG) and the team was strong, or TS.")).toEqual([]);
    expect(acr("They met at the office of the group (OG) yesterday.")).toEqual([]);
  });
  it("moves a first letter matched in 'of' to the word that starts the name", () => {
    expect(acr("The Organization of the Petroleum Exporting Countries (OPEC) met.")).toEqual(["OPEC=Organization of the Petroleum Exporting Countries"]);
  });
  it("reads 'Long – the LF –' and 'known as LF'", () => {
    expect(acr("The European Central Bank – the ECB – is expected to act. The Financial Conduct Authority, known as the FCA, agreed.")).toEqual([
      "ECB=European Central Bank",
      "FCA=Financial Conduct Authority",
    ]);
    expect(acr("Oil producers – OPEC+ – met. The cartel, known as Big Oil, agreed.")).toEqual([]);
  });
});

describe("descriptions in general news English", () => {
  const desc = (text: string) => {
    const f = facts(text);
    return f.descriptions.map((d) => `${name(f, d.subject)}: ${d.text}`);
  };
  it("reads 'X, which does …' and any appositive ending in a kind of organisation", () => {
    expect(desc("The Federal Aviation Administration (FAA), which regulates the nation's airspace, has said states may not act.")).toEqual([
      "Federal Aviation Administration: regulates the nation's airspace",
    ]);
    expect(desc("The European Commission, the EU's executive arm, is responsible for enforcing the rules.")).toEqual([
      "European Commission: the EU's executive arm",
    ]);
  });
  it("makes an unknown name an organisation when its appositive says so", () => {
    expect(desc("Action Fraud, the UK's national reporting centre for fraud and cyber crime, received 5,000 reports.")).toEqual([
      "Action Fraud: the UK's national reporting centre for fraud and cyber crime",
    ]);
  });
  it("skips a company form, a ticker and a release dateline", () => {
    expect(desc("PITTSBURGH--(BUSINESS WIRE)--Norvale Robotics, Inc. (NASDAQ: NRVL), a leading provider of warehouse systems, today announced a deal.")).toEqual([
      "Norvale Robotics: a leading provider of warehouse systems",
    ]);
  });
  it("does not describe from a person's appositive, a copula with an adverb, or 'which is expected'", () => {
    expect(desc("Maria Lopez, a spokeswoman for the group, said it would appeal.")).toEqual([]);
    expect(desc("The committee met. “The committee is clearly divided,” Mehta said.")).toEqual([]);
    expect(desc("The Monetary Policy Committee, which is expected to meet in June, held rates.")).toEqual([]);
    expect(desc("The European Commission, the EU, and the Council of Europe met.")).toEqual([]);
  });
});

describe("events in general news English", () => {
  const ev = (text: string, published = "2024-06-03") => facts(text, published).events.map((e) => `${e.when}${e.date ? ` (${e.date})` : ""}`);
  it("dates a month after a preposition or last/this/next, as written", () => {
    expect(ev("Inflation fell in October. Six firms were named last September. The rule takes effect next January.")).toEqual([
      "October (2023-10)",
      "last September (2023-09)",
      "next January (2025-01)",
    ]);
  });
  it("does not take the modal 'may' or a name for a month", () => {
    expect(ev("Prices may fall. Theresa May spoke. Officials said costs may rise in future.")).toEqual([]);
  });
  it("reads holidays", () => {
    expect(ev("He is expected to start on Boxing Day.")).toEqual(["Boxing Day"]);
  });
});

describe("page cruft of wire and British sites", () => {
  it("drops 'contributed to this report', 'Our Standards' and 'Reuse this content' lines", () => {
    const f = facts(
      "The mayor said the plan would pass.\n\nAssociated Press writer Tom Reyes in St. Louis contributed to this report.\n\nOur Standards: The Thomson Reuters Trust Principles.\n\nReuse this content",
    );
    expect(f.entities.map((e) => e.name)).not.toContain("Tom Reyes");
    expect(f.entities.map((e) => e.name).join(" ")).not.toMatch(/Thomson/);
  });
});

describe("company names ending in an abbreviation", () => {
  it("reads the appositive after 'Co.,'", () => {
    const f = facts("The plant, owned by Lyondell Chemicals Co., a Houston-based maker of plastics, was inspected in April.");
    expect(f.descriptions.map((d) => d.text)).toContain("a Houston-based maker of plastics");
  });
});
