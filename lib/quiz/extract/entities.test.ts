import { describe, expect, it } from "vitest";
import { extractFacts } from "./index";
import { facts, name, roles } from "./test-helpers";

const people = (text: string) => facts(text).entities.filter((e) => e.kind === "person");

describe("who is a person", () => {
  it("reads Cardinal and Archbishop before a name as a form of address: one person, not two", () => {
    const f = facts(
      "Cardinal Joachim Meisner told a newspaper that families mattered. Critics said Cardinal Meisner was wrong, and the Archbishop Desmond Tutu disagreed.",
    );
    const people = f.entities.filter((e) => e.kind === "person").map((e) => e.name);
    expect(people).toEqual(["Desmond Tutu", "Joachim Meisner"]);
  });
  it("makes no person out of a bare title", () => {
    const f = facts("The Director General said the Attorney General would decide.");
    expect(f.entities.filter((e) => e.kind === "person")).toEqual([]);
    expect(f.roles).toEqual([]);
  });
  it("treats countries and capitals as places, never people", () => {
    expect(people("Officials in London and Washington said Britain would act. Riyadh said nothing.")).toEqual([]);
  });
  it("keeps a possessive organisation before a product or place name an organisation", () => {
    expect(people("Microsoft's Windows team shipped a fix, and Britain's Labour government agreed.")).toEqual([]);
  });
  it("after “in”/“to” a place stays a place, even when a person has it as a surname", () => {
    expect(
      facts("Robert Lansing flew to Lansing on Monday for talks.").entities.some(
        (e) => e.kind === "place" && e.name === "Lansing",
      ),
    ).toBe(true);
  });
  it("“Member States” is no person; “Member Jane Roe” is", () => {
    const f = facts("The agency supports the 27 Member States in their fight against serious crime.");
    expect(f.entities.filter((e) => e.kind === "person")).toEqual([]);
    expect(f.roles).toEqual([]);
    expect(people("Member Jane Roe voted against the motion, the committee said.").map((e) => e.name)).toEqual([
      "Jane Roe",
    ]);
  });
});

describe("one entity across articles", () => {
  it("is one entity across articles, with stable ids", () => {
    const run = () =>
      extractFacts([
        { slug: "one", text: "Interpol Secretary General Jürgen Stock said the police body would act." },
        { slug: "two", text: "Stock told reporters the plan was ready." },
      ]);
    const [a, b] = run();
    const id = a.roles[0].person;
    expect(b.entities.map((e) => e.id)).toContain(id);
    expect(JSON.stringify(run())).toBe(JSON.stringify([a, b]));
  });
});

describe("page cruft", () => {
  it("drops 'contributed to this report', 'Our Standards' and 'Reuse this content' lines", () => {
    const f = facts(
      "The mayor said the plan would pass.\n\nAssociated Press writer Tom Reyes in St. Louis contributed to this report.\n\nOur Standards: The Thomson Reuters Trust Principles.\n\nReuse this content",
    );
    expect(f.entities.map((e) => e.name)).not.toContain("Tom Reyes");
    expect(f.entities.map((e) => e.name).join(" ")).not.toMatch(/Thomson/);
  });
});

describe("name boundaries", () => {
  it("keeps a party, a slur or a lower-case word before a first name out of the name", () => {
    const names = facts("Republican Donald Trump met Crooked Hillary Clinton in Ohio.").entities.map((e) => e.name);
    expect(names).toContain("Donald Trump");
    expect(names).toContain("Hillary Clinton");
  });
  it("keeps an unknown first name before a known one", () => {
    expect(facts("Barack Hussein Obama spoke in Ohio.").entities.map((e) => e.name)).toContain("Barack Hussein Obama");
  });
  it("keeps hyphenated and particle names whole", () => {
    const names = facts("Jean-Claude Juncker met Pieter de Wit in Brussels.").entities.map((e) => e.name);
    expect(names).toContain("Jean-Claude Juncker");
    expect(names).toContain("Pieter de Wit");
  });
  it("links a surname to the person of that name named last before it", () => {
    const f = facts(
      "Bill Clinton spoke first. Then Hillary Clinton arrived. Clinton said the party was “ready for the fight ahead of us.”",
    );
    expect(name(f, f.quotes[0].speaker)).toBe("Hillary Clinton");
  });
});

describe("particles and department words", () => {
  const people = (text: string) =>
    facts(text)
      .entities.filter((e) => e.kind === "person")
      .map((e) => e.name);
  it("keeps a name with two particles whole", () => {
    expect(people("Ursula von der Leyen said the plan was good.")).toEqual(["Ursula von der Leyen"]);
    expect(people("Charles de Gaulle said it.")).toEqual(["Charles de Gaulle"]);
  });
  it("makes no speaker of a department word or a plural common noun alone", () => {
    expect(people('"We are ready for the storm," Operations said.')).toEqual([]);
    expect(people('"We are ready for the storm," Finance said on Monday.')).toEqual([]);
    expect(people('"We are ready for the storm," Melanie said.')).toEqual(["Melanie"]);
  });
});

describe("teams", () => {
  const kinds = (text: string) => facts(text).entities.map((e) => `${e.kind}:${e.name}`);
  it("a place and a plural that is no surname name a team, not a person", () => {
    expect(kinds("The Dallas Stars beat the Detroit Red Wings 2-1 on Monday.")).toEqual([
      "organization:Dallas Stars",
      "organization:Detroit Red Wings",
    ]);
    expect(roles("Jane Roe, the head coach of the Dallas Stars, said they played well.")).toEqual([
      "Jane Roe | head coach | Dallas Stars",
    ]);
  });
  it("keeps a person whose given name is a town, and places ending in a plural", () => {
    expect(kinds("Charlotte Rivers said the plan was good.")).toEqual(["person:Charlotte Rivers"]);
    expect(kinds("Hotels in Colorado Springs were full.")).not.toContain("organization:Colorado Springs");
    expect(kinds("Voters at the Iowa Caucus were divided.")).not.toContain("organization:Iowa Caucus");
  });
});

describe("company forms", () => {
  it("a company form after a sentence-opening word makes one name of both", () => {
    expect(facts("Voltaic Inc. said sales rose.").entities.map((e) => `${e.kind}:${e.name}`)).toEqual([
      "organization:Voltaic Inc",
    ]);
    expect(facts("The Inc. 500 list came out.").entities.map((e) => e.name)).not.toContain("The Inc");
  });
});

describe("names cut by a line break", () => {
  it("writes a name a wrapped line cut in two with one space (“Yasin\\n Patel”)", () => {
    const f = facts(
      "Solicitor Yasin\n Patel, who represented the family, said: 'The case should never have come to court at all.'",
    );
    expect(f.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual(["Yasin Patel"]);
  });
  it("ends a name at a comma typed with no space after it (“Sasha Czack,split with him”)", () => {
    const f = facts(
      "His mother Sasha Czack,split with the actor in 1985. Sasha Czack said: 'He was the centre of our universe, always.'",
    );
    expect(f.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual(["Sasha Czack"]);
  });
});
