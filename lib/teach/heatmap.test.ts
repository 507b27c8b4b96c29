import { describe, expect, it } from "vitest";
import { masteryBand } from "./heatmap";

describe("mastery bands", () => {
  it("bins by the lower edge", () => {
    expect(masteryBand(100).level).toBe(5);
    expect(masteryBand(90).level).toBe(5);
    expect(masteryBand(89.99).level).toBe(4);
    expect(masteryBand(75).label).toBe("good");
    expect(masteryBand(60).label).toBe("developing");
    expect(masteryBand(59.9).label).toBe("weak");
    expect(masteryBand(39.9).label).toBe("not yet");
    expect(masteryBand(0).level).toBe(1);
  });
  it("says when there is nothing to show", () => {
    expect(masteryBand(null)).toEqual({ level: 0, label: "no answers" });
    expect(masteryBand(Number.NaN).level).toBe(0);
  });
});
