import { describe, expect, it } from "vitest";
import { normalise } from "./events";
import { events, facts } from "./test-helpers";

describe("dates as written, dated from the article", () => {
  it("keeps the phrase as written and dates it from the article date, past-biased", () => {
    expect(
      events(
        "The plant closed on Friday. It opened in 1998. Talks began last year. The law takes effect on July 2, officials said.",
        "2024-03-13",
      ),
    ).toEqual(["Friday (2024-03-08)", "1998 (1998)", "last year (2023)", "July 2 (2024-07-02)"]);
  });
  it("normalises weekday dates to the year that fits the weekday", () => {
    expect(normalise("Monday 6th June", new Date("2011-06-04T00:00:00Z"), false)).toBe("2011-06-06");
  });
  it("dates a month after a preposition or last/this/next, as written", () => {
    expect(
      events("Inflation fell in October. Six firms were named last September. The rule takes effect next January."),
    ).toEqual(["October (2023-10)", "last September (2023-09)", "next January (2025-01)"]);
  });
  it("reads holidays", () => {
    expect(events("He is expected to start on Boxing Day.")).toEqual(["Boxing Day"]);
  });
  it("dates 'over the weekend', 'by the end of the year' and a month before 'and April 2023'", () => {
    const ev = facts(
      "Members ratified the deal over the weekend. The plant will open by the end of the year. Data were taken in March and April 2023.",
      "2024-05-01",
    ).events;
    expect(ev.map((e) => e.when)).toEqual(["over the weekend", "by the end of the year", "March", "April 2023"]);
    expect(ev.find((e) => e.when === "March")?.date).toBe("2023-03");
  });
  it("dates 'said on Wednesday' in the past even in a sentence about plans", () => {
    expect(facts("The army will send a battery, the ministry said on Wednesday.", "2024-04-18").events[0].date).toBe(
      "2024-04-17",
    );
  });
  it("“From September, …” and “by the end of the year” date events", () => {
    expect(
      facts("The scheme was tested in Wales. From September, it will run in all 12 regions.").events.map((e) => e.when),
    ).toEqual(["September"]);
    expect(
      facts("Cameras will be deployed by six more forces by the end of the year, the Home Office said.").events.map(
        (e) => e.when,
      ),
    ).toEqual(["by the end of the year"]);
  });
});

describe("years in noun phrases, plans, times of day, quotations", () => {
  it("reads a year inside a noun phrase and a planned year", () => {
    expect(events("Prices are below the 2012 peak. The launch is planned for 2026.")).toEqual([
      "2012 (2012)",
      "2026 (2026)",
    ]);
  });
  it("reads a time of day and keeps 'end of last year' as written", () => {
    expect(events("Trading opened at 9:30 a.m. EDT on Tuesday. Sales fell at the end of last year.")).toEqual([
      "9:30 a.m. EDT",
      "Tuesday (2024-05-28)",
      "end of last year (2023)",
    ]);
  });
  it("reads an explicit date inside a quotation", () => {
    expect(events("“We will finish the bridge by March 2026,” the mayor said.")).toEqual(["March 2026 (2026-03)"]);
  });
});

describe("what is no date", () => {
  it("skips relative days inside quotations and 'since YEAR'", () => {
    expect(facts('He said "we meet tomorrow" again. Output is the highest since 1991.').events).toEqual([]);
  });
  it("a weekday or month inside a name is no date", () => {
    expect(events("Sheffield Wednesday lost again. The Sunday Times reported the sale.")).toEqual([]);
  });
  it("does not take the modal 'may' or a name for a month", () => {
    expect(events("Prices may fall. Theresa May spoke. Officials said costs may rise in future.")).toEqual([]);
  });
  it("a capitalised preposition before a place is no date", () => {
    expect(facts("From Paris, the delegation travelled on to Rome.").events).toEqual([]);
  });
});

describe("support", () => {
  it("trusts a full date more than a relative day, and marks a schedule", () => {
    const ev = facts(
      "The plant closed on Friday. The law takes effect on July 2, 2025, officials said.",
      "2024-03-13",
    ).events;
    expect(ev.map((e) => e.signals)).toEqual([["event:relative"], ["event:date", "schedule"]]);
    expect(ev[0].confidence).toBeLessThan(ev[1].confidence!);
  });
});

describe("dates in the other written forms of general news", () => {
  it("reads day ranges, with the dash lost too, dated by their first day", () => {
    expect(events("The fair runs April 23-24 in Leeds.")).toEqual(["April 23-24 (2024-04-23)"]);
    expect(events("The summit was held on 5-6 March in Geneva.")).toEqual(["5-6 March (2024-03-05)"]);
    expect(events("The summit was held on 5 6 March in Geneva.")).toEqual(["5 6 March (2024-03-05)"]);
    expect(events("He was 5 6 feet tall.")).toEqual([]);
  });
  it("reads an abbreviated month glued to its day, and 'mid-March'", () => {
    expect(events("The campus opened Aug.19, 2011, officials said.")).toEqual(["Aug.19, 2011 (2011-08-19)"]);
    expect(events("Officials met in mid-March.")).toEqual(["mid-March (2024-03)"]);
  });
  it("keeps 'for the last week or two' and 'the first quarter of 2019' as written", () => {
    expect(events("The hall has been used for the last week or two.")).toEqual(["for the last week or two"]);
    expect(events("It is due by the first quarter of 2019.")).toEqual(["first quarter of 2019 (2019)"]);
  });
  it("reads a weekday after a committee's name, not one inside a club's", () => {
    expect(events("He told the House Science Committee Tuesday that life may exist.")).toEqual([
      "Tuesday (2024-05-28)",
    ]);
    expect(events("Sheffield Wednesday fans sang all night.")).toEqual([]);
  });
  it("reads 'in May' as the month, not 'by May' or 'from May', which may be a person", () => {
    expect(events("Scientists criticised the committee in May for its vote.")).toEqual(["May (2024-05)"]);
    expect(events("A report from May showed growth.")).toEqual([]);
  });
  it("reads vague times to come as a weaker kind of event", () => {
    const f = facts("Talks are expected in the coming weeks.", "2024-06-03");
    expect(f.events.map((e) => [e.when, e.signals?.[0]])).toEqual([["in the coming weeks", "event:vague"]]);
  });
});

describe("decades and schedules in the present tense", () => {
  it("reads a decade as written, with no single date", () => {
    expect(events("The firm was founded in the 1990s.")).toEqual(["1990s"]);
    expect(events("Prices rose in the late 1980s and again in 2008.")).toEqual(["late 1980s", "2008 (2008)"]);
    expect(events("The firm has 1990 staff.")).toEqual([]);
  });
  it("dates a weekday after a present-tense schedule verb forward, a past one back", () => {
    expect(events("The meeting starts at 9:30 a.m. on Tuesday.")).toEqual(["9:30 a.m.", "Tuesday (2024-06-04)"]);
    expect(events("The store opens Friday, the owner said.")).toEqual(["Friday (2024-06-07)"]);
    expect(events("The store opened Tuesday.")).toEqual(["Tuesday (2024-05-28)"]);
    expect(events("He starts work soon, he said Tuesday.")).toEqual(["Tuesday (2024-05-28)"]);
  });
});
