import { describe, expect, it } from "vitest";
import { extractFacts } from "../extract";
import { copulaLead, orgAfterName } from "../extract";
import { isFunctionArea, parseTitlePhrase } from "./roles";

const facts = (text: string) => {
  const [r] = extractFacts([{ slug: "t", text }]);
  const name = (id: string | null | undefined) => r.entities.find((e) => e.id === id)?.name ?? null;
  return { r, name };
};

describe("rules from the third held-out set", () => {
  it("a quotation opening the paragraph after “X said:” is X's", () => {
    const { r, name } = facts("Policing Minister Jane Roe said:\n\n“Every force should have the tools it needs to catch offenders quickly.\n\n“This is only the start of a much longer programme of work.”");
    expect(r.quotes.map((q) => name(q.speaker))).toEqual(["Jane Roe", "Jane Roe"]);
  });
  it("a lead-in without a colon, or a colon without a speech verb, gives no speaker", () => {
    const { r } = facts("The report was published on Monday.\n\n“Every force should have the tools it needs to catch offenders quickly.”");
    expect(r.quotes.map((q) => q.speaker)).toEqual([null]);
    const b = facts("Jane Roe listed the aims:\n\n“Every force should have the tools it needs to catch offenders quickly.”");
    expect(b.r.quotes.map((q) => q.speaker)).toEqual([null]);
  });
  it("a one-word place name that is the surname of a person named before is that person", () => {
    const { r, name } = facts("Robert Lansing said the agency had acted. “We are asking every defender to treat this as a priority,” Lansing said.");
    expect(r.quotes.map((q) => name(q.speaker))).toEqual(["Robert Lansing"]);
  });
  it("after “in”/“to” the place stays a place", () => {
    const { r } = facts("Robert Lansing flew to Lansing on Monday for talks.");
    expect(r.entities.some((e) => e.kind === "place" && e.name === "Lansing")).toBe(true);
  });
  it("a functional area after “of” stays in the title", () => {
    expect(parseTitlePhrase("NCSC Director of Operations")).toEqual({ title: "Director of Operations", org: "NCSC" });
    expect(isFunctionArea("Policy and Communications")).toBe(true);
    expect(isFunctionArea("Mastercard")).toBe(false);
    expect(parseTitlePhrase("chief executive of Mastercard")?.org).toBe("Mastercard");
  });
  it("a sentence opening with an organisation's name and a copula to a kind of organisation describes it", () => {
    expect(copulaLead("Eurojust, based in The Hague, is the EU's agency for criminal justice cooperation.")).toEqual({ name: "Eurojust", text: "the EU's agency for criminal justice cooperation" });
    expect(copulaLead("Europol is the European Union's law enforcement agency, supporting the states.")?.text).toBe("the European Union's law enforcement agency");
    expect(copulaLead("Paris is the capital of France.")).toBeUndefined();
    expect(copulaLead("Smith is a long way from home.")).toBeUndefined();
  });
  it("“, which is a part of X,” and “, a trade body whose members …” describe the organisation", () => {
    const { r, name } = facts("The National Cyber Security Centre (NCSC) issued guidance. The NCSC, which is a part of GCHQ, is the UK's technical authority for cyber security.");
    expect(r.descriptions.map((d) => `${name(d.subject)}: ${d.text}`)).toContain("National Cyber Security Centre: a part of GCHQ");
    const b = facts("The Widget Makers Association (WMA), a trade body whose members sell widgets, welcomed the rules.");
    expect(b.r.descriptions.map((d) => d.text)).toContain("a trade body whose members sell widgets");
    const c = facts("The National Cyber Security Centre (NCSC), which is based in London, issued guidance.");
    expect(c.r.descriptions.map((d) => d.text)).not.toContain("based in London");
  });
});

describe("acronym long forms from exact capitalised initials", () => {
  it("prefers the words whose initials are the acronym", () => {
    const { r } = facts("Cases reported in European Union and European Economic Area (EEA) countries rose in March.");
    expect(r.acronyms.map((a) => `${a.short}=${a.long}`)).toEqual(["EEA=European Economic Area"]);
  });
  it("still spells out names whose letters sit inside words", () => {
    const { r } = facts("The National Oceanic and Atmospheric Administration (NOAA) issued a warning on Monday.");
    expect(r.acronyms.map((a) => a.long)).toEqual(["National Oceanic and Atmospheric Administration"]);
  });
});

describe("heldout3 misses: reported-speech lead-ins, Member States, copula descriptions of unknown names", () => {
  it("a cue-less quote right after “X said the case showed …” is X's, not the earlier speaker's", () => {
    const { r, name } = facts("“We moved fast,” said Jane Roe, head of the unit.\n\nAgency President John Doe said the case showed the value of teamwork. “Without the team, evidence would have taken months to arrive.”");
    expect(r.quotes.map((q) => name(q.speaker))).toEqual(["Jane Roe", "John Doe"]);
  });
  it("a sentence before the quote without a named speaker keeps the previous speaker", () => {
    const { r, name } = facts("“We moved fast,” said Jane Roe, head of the unit. The report said the case was complex. “Without the team, evidence would have taken months to arrive.”");
    expect(r.quotes.map((q) => name(q.speaker))).toEqual(["Jane Roe", "Jane Roe"]);
  });
  it("“Member States” is no person", () => {
    const { r } = facts("The agency supports the 27 Member States in their fight against serious crime.");
    expect(r.entities.filter((e) => e.kind === "person")).toEqual([]);
    expect(r.roles).toEqual([]);
    const b = facts("Member Jane Roe voted against the motion, the committee said.");
    expect(b.r.roles.map((x) => `${b.name(x.person)}: ${x.title}`)).toEqual(["Jane Roe: Member"]);
  });
  it("a name nobody classified is an organisation when the copula makes it a kind of organisation", () => {
    const { r, name } = facts("Officers met at Quorvex in June. Quorvex, based in Lyon, is the region's agency for road safety.");
    expect(r.descriptions.map((d) => `${name(d.subject)}: ${d.text}`)).toEqual(["Quorvex: the region's agency for road safety"]);
    const b = facts("Officers met at Quorvex in June. Quorvex is a long way from Lyon.");
    expect(b.r.descriptions).toEqual([]);
  });
});

describe("heldout3 misses: Special Agent in Charge, compound acronyms", () => {
  it("“Special Agent in Charge X of the FBI's … Field Office” is a Special Agent in Charge", () => {
    const { r, name } = facts("Special Agent in Charge Leonard Roe of the FBI’s Boston Field Office made the announcement. “We will follow the money,” said FBI Special Agent in Charge Roe.");
    expect(r.roles.map((x) => `${name(x.person)}: ${x.title}`)).toContain("Leonard Roe: Special Agent in Charge");
    expect(r.entities.some((e) => e.name.startsWith("Charge"))).toBe(false);
  });
  it("“in” after a title joins nothing else", () => {
    const { r, name } = facts("Special Agent Jane Roe in Chicago said the case was closed.");
    expect(r.roles.map((x) => `${name(x.person)}: ${x.title}`)).toEqual(["Jane Roe: Special Agent"]);
  });
  it("a hyphenated acronym spells exactly its words, without the organisation head before them", () => {
    const { r } = facts("Agents of the Department of Health and Human Services Office of Inspector General (HHS-OIG) investigated.");
    expect(r.acronyms.map((a) => `${a.short}=${a.long}`)).toEqual(["HHS-OIG=Health and Human Services Office of Inspector General"]);
  });
  it("a plain acronym still takes the organisation head before “of”", () => {
    const { r } = facts("The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) investigated.");
    expect(r.acronyms.map((a) => a.long)).toEqual(["Bureau of Alcohol, Tobacco, Firearms and Explosives"]);
  });
});

describe("heldout3 misses: portfolios, sentence-opening dates, deadlines, quoted terms in headlines", () => {
  it("a portfolio of capitalised nouns joined by “and” before Minister/Secretary is part of the title", () => {
    const { r, name } = facts("Prisons and Probation Minister Helen Roe said the scheme works.");
    expect(r.roles.map((x) => `${name(x.person)}: ${x.title}: ${name(x.organization)}`)).toEqual(["Helen Roe: Prisons and Probation Minister: null"]);
    const b = facts("The plan was backed by Energy and Net Zero Secretary Ed Roe on Monday.");
    expect(b.r.roles.map((x) => x.title)).toEqual(["Energy and Net Zero Secretary"]);
  });
  it("an organisation's name before the title stays the organisation", () => {
    expect(parseTitlePhrase("Health and Human Services Secretary")).toEqual({ title: "Secretary", org: "Health and Human Services" });
  });
  it("“From September, …” and “by the end of the year” date events", () => {
    const { r } = facts("The scheme was tested in Wales. From September, it will run in all 12 regions.");
    expect(r.events.map((e) => e.when)).toEqual(["September"]);
    const b = facts("Cameras will be deployed by six more forces by the end of the year, the Home Office said.");
    expect(b.r.events.map((e) => e.when)).toEqual(["by the end of the year"]);
    const c = facts("From Paris, the delegation travelled on to Rome.");
    expect(c.r.events).toEqual([]);
  });
  it("a single-marked term in a headline is no quote; single-marked speech still is", () => {
    const { r } = facts("Ofcom's age checks: 'Highly effective' or highly theatrical?\n\nThe regulator published its code on Tuesday.");
    expect(r.quotes).toEqual([]);
    const b = facts("'We will not back down on this at all,' the minister said.");
    expect(b.r.quotes.map((q) => q.text)).toEqual(["We will not back down on this at all"]);
  });
});

describe("organisations after a titled name", () => {
  it("“Title X of the Y's Unit”: the unit; a unit named by its place: the owner; a bracketed short form wins", () => {
    expect(orgAfterName("Assistant Attorney General", " of the Justice Department’s Criminal Division, said")).toBe("Criminal Division");
    expect(orgAfterName("Special Agent in Charge", " of the FBI’s New York Field Office, and")).toBe("FBI");
    expect(orgAfterName("Special Agent in Charge", " of the Department of Health and Human Services Office of Inspector General (HHS-OIG) made")).toBe("HHS-OIG");
  });
  it("no organisation from a lower-case or unfinished phrase", () => {
    expect(orgAfterName("Director", " of operations, said")).toBeUndefined();
    expect(orgAfterName("Director", " said on Monday")).toBeUndefined();
  });
  it("“Trial Attorney” is one title", () => {
    const { r, name } = facts("Trial Attorney Mark Roe of the Criminal Division’s Fraud Section is prosecuting the case.");
    expect(r.roles.map((x) => `${name(x.person)}: ${x.title}: ${name(x.organization)}`)).toEqual(["Mark Roe: Trial Attorney: Fraud Section"]);
  });
});
