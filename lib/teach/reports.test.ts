import { describe, expect, it } from "vitest";
import { groupReports, type ReportEntry } from "./reports";

const report = (over: Partial<ReportEntry>): ReportEntry => ({
  id: "r",
  questionId: "q1",
  version: 1,
  prompt: "Old prompt",
  articleSlug: "a",
  reason: "unclear",
  comment: null,
  student: "S",
  createdAt: new Date("2026-12-01T10:00:00Z"),
  resolution: null,
  resolvedAt: null,
  resolvedBy: null,
  ...over,
});

describe("groupReports", () => {
  it("puts questions with open reports first, open reports before resolved ones, and names the newest version", () => {
    const groups = groupReports([
      report({ id: "r1", questionId: "q1", resolution: "edited" }),
      report({ id: "r2", questionId: "q2", prompt: "Second" }),
      report({ id: "r3", questionId: "q1", version: 2, prompt: "New prompt" }),
      report({ id: "r4", questionId: "q1", version: 2, prompt: "New prompt", createdAt: new Date("2026-12-02") }),
    ]);
    expect(groups.map((g) => [g.questionId, g.open, g.prompt])).toEqual([
      ["q1", 2, "New prompt"],
      ["q2", 1, "Second"],
    ]);
    expect(groups[0]!.reports.map((r) => r.id)).toEqual(["r4", "r3", "r1"]);
  });

  it("lists a question whose reports are all resolved after those still open", () => {
    const groups = groupReports([
      report({ id: "a", questionId: "done", prompt: "A", resolution: "dismissed" }),
      report({ id: "b", questionId: "open", prompt: "B" }),
    ]);
    expect(groups.map((g) => [g.questionId, g.open])).toEqual([
      ["open", 1],
      ["done", 0],
    ]);
  });
});
