import { describe, expect, it } from "vitest";
import { analyseTyped, isTyped, withAlternative, type TypedResponseRow } from "./typed-answers";

const key = { position: 2, answer: "Robert Hannigan", accept: ["Robert Hannigan", "Hannigan"] };
const row = (response: string, n: number, right: number, position = 2): TypedResponseRow => ({
  position,
  response,
  n,
  right,
});

describe("typed answers", () => {
  it("groups responses the way the grader normalises them", () => {
    const got = analyseTyped(key, [
      row("Robert Hannigan", 9, 9),
      row("robert hannigan", 3, 3),
      row("  Robert  Hannigan. ", 1, 1),
      row("Hannigan", 4, 4),
      row("R. Hannigan", 5, 0),
      row("r hannigan", 2, 0),
      row("Robert Hanigan", 2, 2),
      row("David Cameron", 3, 0),
      row("Europol", 1, 0, 3),
    ]);
    expect(got.groups.map((g) => [g.shown, g.n, g.verdict])).toEqual([
      ["Robert Hannigan", 13, "right"],
      ["R. Hannigan", 7, "wrong"],
      ["Hannigan", 4, "right"],
      ["David Cameron", 3, "wrong"],
      ["Robert Hanigan", 2, "typo"],
    ]);
    expect(got.groups[0]!.variants).toEqual(["robert hannigan", "  Robert  Hannigan. "]);
    expect(got.groups[1]!.key).toBe("r hannigan");
    expect(got.total).toBe(29);
    expect(got.right).toBe(19);
    expect(got.shareRight).toBeCloseTo((100 * 19) / 29, 9);
    expect(got.commonWrong.map((g) => g.shown)).toEqual(["R. Hannigan", "David Cameron"]);
  });

  it("judges each group against the key as it stands, while counting the marks as stored", () => {
    // Marked wrong under the old key, accepted by the new one: the verdict says so before a regrade.
    const got = analyseTyped({ ...key, accept: [...key.accept, "R Hannigan"] }, [row("R. Hannigan", 5, 0)]);
    expect(got.groups[0]).toMatchObject({ verdict: "right", right: 0, n: 5 });
    expect(got.commonWrong).toEqual([]);
  });

  it("has no share right without answers", () => {
    expect(analyseTyped(key, [])).toMatchObject({ total: 0, shareRight: null, groups: [] });
  });

  it("adds an alternative once, as the grader would read it", () => {
    expect(withAlternative(key, "R. Hannigan")).toEqual(["Robert Hannigan", "Hannigan", "R. Hannigan"]);
    expect(withAlternative(key, "the HANNIGAN")).toEqual(["Robert Hannigan", "Hannigan"]);
    expect(withAlternative(key, "?!")).toBeNull();
  });

  it("knows a typed question from a word list", () => {
    expect(isTyped({ kind: "cloze", options: null })).toBe(true);
    expect(isTyped({ kind: "cloze", options: [{ id: "a", text: "x" }] })).toBe(false);
    expect(isTyped({ kind: "single_choice", options: null })).toBe(false);
  });
});
