import { describe, expect, it } from "vitest";
import { formatDay, parseWhen, shiftedDates } from "./dates";
import { eventItemText } from "./event-text";
import { anchorRelativeTimes } from "./stems";

describe("dates", () => {
  it("parses what articles write at its own granularity", () => {
    expect(parseWhen("2013")?.gran).toBe("year");
    expect(parseWhen("the end of 2014")?.gran).toBe("part");
    expect(parseWhen("May, 2000")?.gran).toBe("month");
    expect(parseWhen("1 April 2011")?.gran).toBe("day");
    expect(parseWhen("the week of August 28, 2023")!.end - parseWhen("the week of August 28, 2023")!.start).toBe(6);
    expect(parseWhen("1993-2008")?.gran).toBe("range");
    expect(parseWhen("Friday")).toBeUndefined();
  });

  it("anchors relative days only with a publication date", () => {
    const fri = parseWhen("Friday", "2015-11-16")!;
    expect(formatDay(fri.start)).toBe("13 November 2015");
    expect(formatDay(parseWhen("today", "2011-06-04")!.start)).toBe("4 June 2011");
    expect(anchorRelativeTimes("The release was published Friday.", "2015-11-16").text).toBe(
      "The release was published Friday (13 November 2015).",
    );
    expect(anchorRelativeTimes("The release was published Friday.").problems).toHaveLength(1);
    expect(anchorRelativeTimes("On the eve of the Council of Monday 6th June, ministers met.").problems).toEqual([]);
    expect(anchorRelativeTimes("He said “we meet today”.").problems).toEqual([]);
  });

  it("shifts wrong dates at the same granularity and never onto the right one", () => {
    for (const [when, gran] of [
      ["2013", "year"],
      ["May, 2000", "month"],
      ["November 10", "day"],
      ["1 April 2011", "day"],
    ] as const) {
      const wrong = shiftedDates(when, 3, 1);
      expect(wrong).toHaveLength(3);
      expect(wrong).not.toContain(when);
      for (const w of wrong) expect(parseWhen(w, "2017-09-01")?.gran).toBe(gran);
    }
  });

  it("turns a dated sentence into an item without its date", () => {
    expect(
      eventItemText(
        "As early as 2013, when the NCA was first created from the shuttered Serious Organised Crime Agency, the Daily Mail reported it.",
        "2013",
      ),
    ).toBe("The NCA was first created from the shuttered Serious Organised Crime Agency");
    expect(
      eventItemText("The IC3, which began in May, 2000, is a partnership between the FBI and the NW3C.", "May, 2000"),
    ).toBe("The IC3 began");
    expect(
      eventItemText("This includes the creation in 2010 of Action Fraud the national fraud reporting centre.", "2010"),
    ).toBe("The creation of Action Fraud");
    expect(eventItemText("“The unit opens today,” an NCA press release published Friday reads.", "Friday")).toBe(
      "An NCA press release was published",
    );
  });
});

describe("ordering items from odd sentences", () => {
  it("refuses an item whose date belonged to a phrase, or that opens with a pronoun after a conjunction", async () => {
    const { eventItemText, itemProblems } = await import("./event-text");
    expect(
      eventItemText("Asked what had changed since her first trip, in 1994, she did not hesitate.", "1994"),
    ).toBeUndefined();
    const t = eventItemText(
      "In 2015 she was appointed head of the cryosphere programme, and in 2019 she was lead author of a chapter of the report on oceans and ice.",
      "2019",
    );
    expect(itemProblems(t).length).toBeGreaterThan(0);
  });
});
