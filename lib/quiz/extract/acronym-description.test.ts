import { describe, expect, it } from "vitest";
import { acronyms, descriptions } from "./test-helpers";

describe("acronym long forms that spell the letters and no more", () => {
  it("leaves out words after the one that gives the last letter", () => {
    expect(acronyms("The hall aims for Harbour Energy Award Trophy certification, known as HEAT, this year.")).toEqual([
      "HEAT=Harbour Energy Award Trophy",
    ]);
  });
  it("reads no ticker as an acronym of a company name", () => {
    expect(acronyms("Kestrel Foods (KSL) said on Monday it would build a plant.")).toEqual([]);
  });
  it("keeps a word after 'and' that the letters skip", () => {
    expect(acronyms("The Office for Safety and Prevention (OSP) said so.")).toEqual([
      "OSP=Office for Safety and Prevention",
    ]);
  });
  it("reads an acronym built from the starts of a named body's words", () => {
    expect(acronyms("The Army Logistics Readiness Command opened a depot. Staff at LOGREC said it was ready.")).toEqual(
      ["LOGREC=Logistics Readiness Command"],
    );
    expect(acronyms("The Army Logistics Readiness Command opened a depot. Staff at LORAX said it was ready.")).toEqual(
      [],
    );
  });
});

describe("descriptions before and after a name", () => {
  it("reads 'one of the … companies, X'", () => {
    expect(descriptions("One of the region's largest dairy companies, Kestrel Foods, said it would hire.")).toEqual([
      "Kestrel Foods: One of the region's largest dairy companies",
    ]);
  });
  it("reads a kind of organisation before the name without the verb before it", () => {
    expect(descriptions("Analysts praised chipmaker Norvex on Monday.")).toEqual(["Norvex: chipmaker"]);
    expect(descriptions("It was first reported by industry magazine Stagecraft on Monday.")).toEqual([
      "Stagecraft: industry magazine",
    ]);
  });
  it("reads a sentence-opening unknown name with an appositive kind of organisation", () => {
    expect(descriptions("Norvale, a Pittsburgh robotics firm, hired 40 people.")).toEqual([
      "Norvale: a Pittsburgh robotics firm",
    ]);
    expect(descriptions("Norvale is a robotics company based in Pittsburgh.")).toEqual([
      "Norvale: a robotics company based in Pittsburgh",
    ]);
  });
  it("takes no description from an opening adverb and an appositive", () => {
    expect(descriptions("Overall, the company's revenue rose.")).toEqual([]);
  });
});
