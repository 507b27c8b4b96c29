import { describe, expect, it } from "vitest";
import { isScareOrTitle } from "./quotes";
import { facts, name, quotes } from "./test-helpers";

describe("quotation spans", () => {
  it("joins a quote that runs over paragraphs without a closing mark", () => {
    const f = facts("Jo Bell said: “First part of it.\n\n“Second part of it.”\n\nThe end came.");
    expect(f.quotes.map((q) => q.text)).toEqual(["First part of it.", "Second part of it."]);
    expect(new Set(f.quotes.map((q) => name(f, q.speaker)))).toEqual(new Set(["Jo Bell"]));
  });
  it("ignores scare quotes and quoted titles", () => {
    expect(
      facts(
        'The so-called "smart" meters failed. She signed the order "Protecting the Rights of American Workers and Families Act."',
      ).quotes,
    ).toEqual([]);
  });
  it("takes short title-case quoted names as titles, not speech", () => {
    expect(isScareOrTitle("The Salt Road,")).toBe(true);
    expect(isScareOrTitle("War and Peace.")).toBe(true);
    expect(isScareOrTitle("We Will Win This.")).toBe(true);
    expect(isScareOrTitle("We will win this fight.")).toBe(false);
  });
});

describe("single quotation marks", () => {
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
    expect(
      quotes(
        "The victims' homes were searched. Officers called it 'Operation Bluebird' and the 'dark web' was cited. It's the firm's 'best year'.",
      ),
    ).toEqual([]);
  });
  it("a single-marked term in a headline is no quote; single-marked speech still is", () => {
    expect(
      facts(
        "Ofcom's age checks: 'Highly effective' or highly theatrical?\n\nThe regulator published its code on Tuesday.",
      ).quotes,
    ).toEqual([]);
    expect(facts("'We will not back down on this at all,' the minister said.").quotes.map((q) => q.text)).toEqual([
      "We will not back down on this at all",
    ]);
  });
});
