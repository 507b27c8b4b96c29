import { describe, expect, it } from "vitest";
import { isPositionNoun } from "./positions";
import { roles } from "./test-helpers";

describe("positions and occupations beside a name", () => {
  it("knows occupations beyond the title list, but not kin, supporters or things", () => {
    for (const w of ["brakeman", "storyteller", "forecaster", "nominee", "pollster", "physicist", "critics"])
      expect(isPositionNoun(w), w).toBe(true);
    for (const w of ["mother", "supporter", "voter", "conference", "committee", "centre", "statement"])
      expect(isPositionNoun(w), w).toBe(false);
    expect(isPositionNoun("storyteller", true)).toBe(false);
  });
  it("reads a descriptive position in an appositive", () => {
    expect(roles("Tom Fry, a kicker for the county rugby side, scored twice.")).toEqual([
      "Tom Fry | kicker for the county rugby side | ",
    ]);
    expect(roles("Jane Roe, a writer for The Harbour Review, said the book was late.")).toEqual([
      "Jane Roe | writer | The Harbour Review",
    ]);
  });
  it("takes no role from an appositive that says who someone is to others", () => {
    expect(roles("Jane Roe, a mother of three, said the book was late.")).toEqual([]);
    expect(roles("Tom Fry, a longtime friend of the family, said it was over.")).toEqual([]);
  });
  it("reads a lower-case occupation and its field right before a name", () => {
    expect(roles("The show invited movie critic Ann Lowe to the panel.")).toEqual(["Ann Lowe | movie critic | "]);
    expect(roles("Republican presidential nominee Jane Roe spoke in Ohio.")).toEqual([
      "Jane Roe | presidential nominee | ",
    ]);
    expect(roles("Harbourside campaign manager Tom Fry said no.")).toEqual([
      "Tom Fry | campaign manager | Harbourside",
    ]);
  });
  it("keeps verbs and adjectives out of a title before a name", () => {
    expect(roles("The mayor joins movie critic Ann Lowe on stage.")).toEqual(["Ann Lowe | movie critic | "]);
    expect(roles("He was praised by fellow Republican Jane Roe.")).toEqual([]);
  });
  it("gives a plural title to every name listed after it, and to no single name", () => {
    expect(roles("Northfield University forecasters Ann Lowe and Tom Fry expect a quiet season.")).toEqual([
      "Ann Lowe | forecaster | Northfield University",
      "Tom Fry | forecaster | Northfield University",
    ]);
    expect(roles("He told reporters Ann Lowe would win.")).toEqual([]);
  });
});

describe("titles and organisations in every order", () => {
  it("keeps the majority leader's chamber as the organisation", () => {
    expect(roles("Senate Majority Leader Tom Fry agreed.")).toEqual(["Tom Fry | Majority Leader | Senate"]);
    expect(roles("Republican Majority Leader Tom Fry agreed.")).toEqual(["Tom Fry | Majority Leader | "]);
  });
  it("makes no organisation of 'Opposition', a rank or a form of address", () => {
    expect(roles("Opposition leader Jane Roe objected.")).toEqual(["Jane Roe | Opposition leader | "]);
    expect(roles("Lt. Gov. Ann Lowe spoke first.")).toEqual(["Ann Lowe | Lieutenant Governor | "]);
    expect(roles("His Honour Judge Tom Fry closed the case.")).toEqual(["Tom Fry | Judge | "]);
  });
  it("names no organisation for an elected post of a town", () => {
    expect(roles("Marlow Bridge Mayor Jane Roe cut the ribbon.")).toEqual(["Jane Roe | Mayor | "]);
  });
  it("splits two posts when the first names its own organisation, not 'president and CEO of'", () => {
    expect(roles("Tom Fry, ACME chief engineer and head of research at Norvale, spoke.")).toEqual([
      "Tom Fry | chief engineer | ACME",
      "Tom Fry | head of research | Norvale",
    ]);
    expect(roles("Jane Roe, president and CEO of Kestrel Foods, spoke.")).toEqual([
      "Jane Roe | president and CEO | Kestrel Foods",
    ]);
  });
  it("takes the organisation of the last 'for' after a lower-case title and its field", () => {
    expect(roles("Ann Lowe, group president of Dairy for Kestrel Foods, said in a statement.")).toEqual([
      "Ann Lowe | group president of Dairy | Kestrel Foods",
    ]);
  });
  it("leaves a speech verb out of the appositive, and a second appositive about the organisation", () => {
    expect(roles("Ann Lowe, professor at Northfield University says the data are clear.")).toEqual([
      "Ann Lowe | professor | Northfield University",
    ]);
    expect(roles("Tom Fry, the foreign minister of Norway, a founding member of the league, spoke.")).toEqual([
      "Tom Fry | foreign minister | ",
    ]);
  });
  it("reads a title before ', Name' only as an apposition", () => {
    expect(roles("The Kestrel Foods chief, Tom Fry, said sales rose.")).toEqual(["Tom Fry | chief | Kestrel Foods"]);
    expect(roles("In a statement, Tom Fry said sales rose.")).toEqual([]);
    expect(roles("These employees, Tom Fry explained, were well paid.")).toEqual([]);
  });
  it("reads no titled person out of a common noun after a title", () => {
    expect(roles("The board met again today in Executive Session.")).toEqual([]);
  });
});

describe("roles stated by a copula", () => {
  it("reads 'X is the T of Y', 'X, who was once the T of Y', with the organisation a noun stands for", () => {
    expect(roles("Kestrel Corp hired Jane Roe in May. Roe is the new chief executive of the company.")).toEqual([
      "Jane Roe | chief executive | Kestrel Corp",
    ]);
    expect(roles("Tom Fry, who was once the mayor of Marlow Bridge, spoke first.")).toEqual(["Tom Fry | mayor | "]);
  });
  it("takes no role from a copula whose noun is no position", () => {
    expect(roles("Jane Roe is a mother of three.")).toEqual([]);
    expect(roles("Tom Fry was the first man to finish.")).toEqual([]);
  });
});

describe("titles shared by a list and names with initials", () => {
  it("gives a plural subject's title to the names the copula lists", () => {
    expect(roles("The two new trustees are Ann Lowe and W.S. Merwin.")).toEqual([
      "Ann Lowe | trustee | ",
      "W.S. Merwin | trustee | ",
    ]);
    expect(roles("The two winners are Ann Lowe and Tom Fry.")).toEqual([]);
  });
  it("reads no title out of a clause with a verb before ', Name'", () => {
    expect(roles("The board has named the current chair, Ann Lowe, to a third term.")).toEqual([
      "Ann Lowe | current chair | ",
    ]);
  });
});

describe("titles after a quotation and playing positions", () => {
  it("reads a lower-case title between a closing quotation mark and the name", () => {
    expect(roles('"That was as fitting as anything I have seen," coach Dave Tippett said.')).toEqual([
      "Dave Tippett | coach | ",
    ]);
    expect(roles('"That was as fitting as anything I have seen," said coach Dave Tippett.')).toEqual([
      "Dave Tippett | coach | ",
    ]);
  });
  it("reads a playing position before a name, not the verb of the same spelling", () => {
    expect(roles("The pass went to quarterback Tom Fry in the second half.")).toEqual(["Tom Fry | quarterback | "]);
    expect(roles("They will coach Tom Fry next year.")).toEqual([]);
    expect(roles("I want to coach Tom Fry.")).toEqual([]);
  });
});
