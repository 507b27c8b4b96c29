import { describe, expect, it } from "vitest";
import { matchLongForm } from "./acronyms";
import { acronyms, facts } from "./test-helpers";

describe("acronym definitions", () => {
  it("finds Long (LF), LF (Long), 'Long, or LF' and a bare follower", () => {
    expect(
      acronyms(
        "The World Health Organization (WHO) met. The IMF (International Monetary Fund) agreed. " +
          "The Office for National Statistics, or ONS, published data. The European Medicines Agency EMA approved it.",
      ),
    ).toEqual([
      "WHO=World Health Organization",
      "IMF=International Monetary Fund",
      "ONS=Office for National Statistics",
      "EMA=European Medicines Agency",
    ]);
  });
  it("drops a country prefix and a possessive from the long form", () => {
    expect(matchLongForm("FDA", "the U.S. Food and Drug Administration")).toBe("Food and Drug Administration");
    expect(facts("Officials at the Transport Security Administration's (TSA) office spoke.").acronyms[0].long).toBe(
      "Transport Security Administration",
    );
  });
  it("does not invent definitions for acronyms that are only used", () => {
    expect(
      acronyms("The FBI said NATO allies and the BBC were told. Prices rose (see chart). He called 911 (emergency)."),
    ).toEqual([]);
  });
  it("reads 'Long – the LF –' and 'known as LF'", () => {
    expect(
      acronyms(
        "The European Central Bank – the ECB – is expected to act. The Financial Conduct Authority, known as the FCA, agreed.",
      ),
    ).toEqual(["ECB=European Central Bank", "FCA=Financial Conduct Authority"]);
    expect(acronyms("Oil producers – OPEC+ – met. The cartel, known as Big Oil, agreed.")).toEqual([]);
  });
});

describe("lower-case long forms", () => {
  it("accepts a lower-case long form that is an exact initialism", () => {
    expect(
      acronyms(
        "It banned flying an unmanned aircraft system, or UAS, over farms. Prices of liquefied natural gas (LNG) rose.",
      ),
    ).toEqual(["UAS=unmanned aircraft system", "LNG=liquefied natural gas"]);
    expect(acronyms("Highly pathogenic avian influenza, or HPAI, has spread.")).toEqual([
      "HPAI=Highly pathogenic avian influenza",
    ]);
  });
  it("rejects lower-case words that are not an exact initialism", () => {
    expect(acronyms("He said the plan was good (PG) and the team was strong, or TS.")).toEqual([]);
    expect(acronyms("They met at the office of the group (OG) yesterday.")).toEqual([]);
  });
});

describe("where the long form starts", () => {
  it("moves a first letter matched in 'of' to the word that starts the name", () => {
    expect(acronyms("The Organization of the Petroleum Exporting Countries (OPEC) met.")).toEqual([
      "OPEC=Organization of the Petroleum Exporting Countries",
    ]);
  });
  it("reads 'Commission on …' as one organisation and 'Bureau of …' as a long form", () => {
    const f = facts("The Nevada Commission on Water Quality (NCWQ), which issues permits, said it would act.");
    expect(f.acronyms.map((a) => a.long)).toEqual(["Nevada Commission on Water Quality"]);
    expect(f.descriptions.map((d) => d.text)).toEqual(["issues permits"]);
    expect(matchLongForm("ATF", "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives")).toBe(
      "Bureau of Alcohol, Tobacco, Firearms and Explosives",
    );
    // "report of the …" is no organisation head
    expect(matchLongForm("FDA", "a report of the Food and Drug Administration")).toBe("Food and Drug Administration");
  });
  it("prefers the capitalised words whose initials are the acronym", () => {
    expect(
      acronyms("Cases reported in European Union and European Economic Area (EEA) countries rose in March."),
    ).toEqual(["EEA=European Economic Area"]);
  });
  it("gives no long form when letters inside words cut a name spelt in another order", () => {
    const cept = "The body, known as the European Conference of Postal and Telecommunications Administrations";
    expect(matchLongForm("CEPT", cept)).toBeUndefined();
    // a capitalised word before the match whose initial the acronym does not need stays outside it
    expect(matchLongForm("NOAA", "the US National Oceanic and Atmospheric Administration")).toBe(
      "National Oceanic and Atmospheric Administration",
    );
  });
  it("still spells out names whose letters sit inside words", () => {
    expect(
      facts("The National Oceanic and Atmospheric Administration (NOAA) issued a warning on Monday.").acronyms.map(
        (a) => a.long,
      ),
    ).toEqual(["National Oceanic and Atmospheric Administration"]);
  });
  it("a hyphenated acronym spells exactly its words, without the organisation head before them", () => {
    expect(
      acronyms(
        "Agents of the Department of Health and Human Services Office of Inspector General (HHS-OIG) investigated.",
      ),
    ).toEqual(["HHS-OIG=Health and Human Services Office of Inspector General"]);
  });
  it("a plain acronym still takes the organisation head before “of”", () => {
    expect(
      facts("The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) investigated.").acronyms.map((a) => a.long),
    ).toEqual(["Bureau of Alcohol, Tobacco, Firearms and Explosives"]);
  });
});

describe("definitions beyond 'Long Form (LF)'", () => {
  it("reads a hyphenated lower-case long form and 'LF, the Long Form'", () => {
    expect(acronyms("Demand for high-bandwidth memory (HBM) rose.")).toEqual(["HBM=high-bandwidth memory"]);
    expect(acronyms("The NCA, the National Crime Agency, said the unit would grow.")).toEqual([
      "NCA=National Crime Agency",
    ]);
  });
  it("ties a bare acronym to the organisation the article names with exactly those initials", () => {
    expect(acronyms("The Serious Fraud Office opened a case. The SFO declined to comment.")).toEqual([
      "SFO=Serious Fraud Office",
    ]);
  });
  it("not from a name only a speaker uses, nor from initials that are not a whole name", () => {
    expect(acronyms("“The Bank of Northern Ireland will act,” he said. The BNI did.")).toEqual([]);
    expect(acronyms("Demand for the bandwidth-heavy memory (HM) rose.")).toEqual([]);
  });
});

describe("support", () => {
  it("trusts exact initials more than letters found inside words", () => {
    const [exact, inside] = facts(
      "The World Health Organization (WHO) met. Government Communications Headquarters (GCHQ) agreed.",
    ).acronyms;
    expect(exact.signals).toEqual(["acronym:paren", "initials"]);
    expect(inside.signals).toEqual(["acronym:paren", "letters-in-words"]);
    expect(inside.confidence).toBeLessThan(exact.confidence!);
  });
});

describe("found in blind round 67", () => {
  it("reads no place at the end of a body's name (“LG Electronics of South Korea”) as the long form of a bare short form", () => {
    const f = facts(
      "SK Telecom of South Korea plans a flat fee. LG Electronics of South Korea showed a phone. The Joint Operations Cell (JOC) met. SK Telecom said it would launch in May.",
    );
    expect(f.acronyms.map((a) => `${a.short}=${a.long}`)).not.toContain("SK=South Korea");
  });
});
