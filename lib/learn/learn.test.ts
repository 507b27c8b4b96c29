import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "@/lib/quiz/types";
import { assembleQuiz } from "./assemble";
import { describeAnswer } from "@/lib/quiz/answers";
import { inDisplayOrder } from "./describe";
import { shuffle } from "@/lib/random";
import { displayOrderFor } from "./display-order";
import { feedbackVisible } from "./feedback";
import { findMarks, parseSourceRange, segmentParagraph, type Segment } from "./marks";
import { dueHorizon, LEARN_AHEAD_MS, pickReviewQuestions } from "./review";
import { dayKey, lastDays, safeTimeZone, streak } from "./streak";
import { clampResponseMs, MAX_RESPONSE_MS } from "./timing";

/** A deterministic stand-in for Math.random. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe("display order", () => {
  it("shuffles without losing or duplicating anything, and varies between attempts", () => {
    const ids = ["a", "b", "c", "d"];
    const orders = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const order = displayOrderFor({ kind: "single_choice", options: ids.map((id) => ({ id })) }, seeded(i + 1))!;
      expect([...order].sort()).toEqual(ids);
      orders.add(order.join(""));
    }
    expect(orders.size).toBeGreaterThan(5);
  });

  it("never shows an ordering question already in order, and keeps True before False", () => {
    for (let i = 0; i < 50; i++) {
      const order = displayOrderFor(
        { kind: "ordering", items: [{ id: "e1" }, { id: "e2" }], answer: ["e1", "e2"] },
        seeded(i),
      );
      expect(order).toEqual(["e2", "e1"]);
    }
    expect(displayOrderFor({ kind: "true_false" })).toEqual(["true", "false"]);
    expect(displayOrderFor({ kind: "cloze" })).toBeNull();
    expect(shuffle([], Math.random)).toEqual([]);
  });

  it("shows stored options in the attempt's order", () => {
    const opts = [
      { id: "a", text: "A" },
      { id: "b", text: "B" },
      { id: "c", text: "C" },
    ];
    expect(inDisplayOrder(opts, ["c", "a", "b"]).map((o) => o.text)).toEqual(["C", "A", "B"]);
    expect(inDisplayOrder(opts, null)).toEqual(opts);
  });
});

describe("describing answers", () => {
  const matching = {
    kind: "matching" as const,
    left: [
      { id: "l1", text: "NCA" },
      { id: "l2", text: "JOC" },
    ],
    right: [
      { id: "r1", text: "National Crime Agency" },
      { id: "r2", text: "Joint Operations Cell" },
    ],
  };
  it("turns ids into the words the student saw", () => {
    expect(describeAnswer({ kind: "single_choice", options: [{ id: "b", text: "Hannigan" }] }, "b")).toEqual([
      "Hannigan",
    ]);
    expect(describeAnswer({ kind: "true_false" }, false)).toEqual(["False"]);
    expect(describeAnswer({ kind: "cloze" }, 2014)).toEqual(["2014"]);
    expect(describeAnswer(matching, { l1: "r1", l2: "r9" })).toEqual([
      "NCA → National Crime Agency",
      "JOC → (no choice)",
    ]);
    expect(
      describeAnswer(
        {
          kind: "ordering",
          items: [
            { id: "e1", text: "First" },
            { id: "e2", text: "Then" },
          ],
        },
        ["e2", "e1"],
      ),
    ).toEqual(["Then", "First"]);
    expect(describeAnswer({ kind: "cloze" }, null)).toEqual([]);
  });
});

describe("timing and feedback rules", () => {
  it("clamps the browser's response time", () => {
    expect(clampResponseMs(8123.4)).toBe(8123);
    expect(clampResponseMs(-5)).toBeNull();
    expect(clampResponseMs(50)).toBeNull();
    expect(clampResponseMs("9000")).toBeNull();
    expect(clampResponseMs(Number.NaN)).toBeNull();
    expect(clampResponseMs(5 * 3600_000)).toBe(MAX_RESPONSE_MS);
  });

  it("holds back an after-due assignment's feedback until the due date", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    expect(feedbackVisible({ mode: "practice", status: "in_progress" }, now)).toBe(true);
    expect(feedbackVisible({ mode: "assignment", status: "in_progress", feedbackTiming: "immediate" }, now)).toBe(true);
    const later = new Date("2026-03-02T10:00:00Z");
    expect(
      feedbackVisible({ mode: "assignment", status: "finished", feedbackTiming: "after_due", dueAt: later }, now),
    ).toBe(false);
    expect(
      feedbackVisible({ mode: "assignment", status: "finished", feedbackTiming: "after_due", dueAt: later }, later),
    ).toBe(true);
    expect(
      feedbackVisible({ mode: "assignment", status: "in_progress", feedbackTiming: "after_due", dueAt: null }, now),
    ).toBe(false);
    expect(
      feedbackVisible({ mode: "assignment", status: "finished", feedbackTiming: "after_due", dueAt: null }, now),
    ).toBe(true);
  });

  it("keeps it back through the grace period and any late-work period, while someone may still answer", () => {
    const due = new Date("2026-03-02T10:00:00Z");
    const policy = { mode: "assignment" as const, status: "finished" as const, feedbackTiming: "after_due" as const };
    const at = (min: number) => new Date(due.getTime() + min * 60_000);
    expect(feedbackVisible({ ...policy, dueAt: due, graceMinutes: 15 }, at(10))).toBe(false);
    expect(feedbackVisible({ ...policy, dueAt: due, graceMinutes: 15 }, at(15))).toBe(true);
    const lateUntil = at(24 * 60);
    expect(feedbackVisible({ ...policy, dueAt: due, lateUntil }, at(60))).toBe(false);
    expect(feedbackVisible({ ...policy, dueAt: due, lateUntil }, lateUntil)).toBe(true);
  });
});

describe("assembling a practice quiz", () => {
  const pool = [
    ...["f1", "f2", "f3", "f4"].map((f, i) => ({
      questionId: `tf${i}`,
      version: 1,
      kind: "true_false" as const,
      factId: f,
    })),
    ...["f1", "f2"].map((f, i) => ({ questionId: `sc${i}`, version: 1, kind: "single_choice" as const, factId: f })),
    { questionId: "cl0", version: 1, kind: "cloze" as const, factId: "f5" },
  ];
  it("asks about different facts and mixes kinds", () => {
    const quiz = assembleQuiz(pool, 5, seeded(7));
    expect(quiz).toHaveLength(5);
    expect(new Set(quiz.map((q) => q.factId)).size).toBe(5);
    expect(new Set(quiz.map((q) => q.kind)).size).toBe(3);
  });
  it("reuses a fact only when there are no fresh ones, and never repeats a question", () => {
    const quiz = assembleQuiz(pool, 20, seeded(3));
    expect(quiz).toHaveLength(pool.length);
    expect(new Set(quiz.map((q) => q.questionId)).size).toBe(pool.length);
    expect(assembleQuiz([], 10)).toEqual([]);
  });
  it("asks two questions in the same words only when nothing else is left", () => {
    const same = "Which of these does the article attribute to Ada Lovelace?";
    const pool2 = [
      { questionId: "a", version: 1, kind: "single_choice" as const, factId: "q1", prompt: same },
      { questionId: "b", version: 1, kind: "single_choice" as const, factId: "q2", prompt: same },
      { questionId: "c", version: 1, kind: "single_choice" as const, factId: "q3", prompt: "Who said this?" },
    ];
    for (let seed = 1; seed <= 40; seed++) {
      const two = assembleQuiz(pool2, 2, seeded(seed * 7919));
      expect(two.map((q) => q.prompt)).toContain("Who said this?");
      expect(assembleQuiz(pool2, 3, seeded(seed * 7919))).toHaveLength(3);
    }
  });
});

describe("review", () => {
  it("serves cards due within the learn-ahead window", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(dueHorizon(now).getTime() - now.getTime()).toBe(LEARN_AHEAD_MS);
  });
  it("asks a fact a different way than last time where it can", () => {
    const facts = [
      {
        factId: "f1",
        lastKind: "single_choice" as const,
        candidates: [
          { questionId: "a", version: 1, kind: "single_choice" as const },
          { questionId: "b", version: 2, kind: "cloze" as const },
        ],
      },
      {
        factId: "f2",
        lastKind: "true_false" as const,
        candidates: [{ questionId: "c", version: 1, kind: "true_false" as const }],
      },
      // A matching question covering two facts is asked once.
      { factId: "f3", lastKind: null, candidates: [{ questionId: "m", version: 1, kind: "matching" as const }] },
      { factId: "f4", lastKind: null, candidates: [{ questionId: "m", version: 1, kind: "matching" as const }] },
    ];
    for (let i = 0; i < 10; i++)
      expect(pickReviewQuestions(facts, seeded(i)).map((q) => q.questionId)).toEqual(["b", "c", "m"]);
  });
});

describe("streak", () => {
  const tz = "Europe/London";
  it("counts consecutive days back from today or yesterday, in the student's time zone", () => {
    const now = new Date("2026-06-10T09:00:00Z");
    expect(streak(["2026-06-10", "2026-06-09", "2026-06-08", "2026-06-05"], now, tz)).toEqual({
      current: 3,
      longest: 3,
      today: true,
    });
    expect(streak(["2026-06-09", "2026-06-08"], now, tz)).toEqual({ current: 2, longest: 2, today: false });
    expect(streak(["2026-06-07", "2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"], now, tz).current).toBe(0);
    expect(streak(["2026-06-07", "2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"], now, tz).longest).toBe(4);
    expect(streak([], now, tz)).toEqual({ current: 0, longest: 0, today: false });
  });
  it("puts a late-evening answer on the local day", () => {
    const lateInNewYork = new Date("2026-06-11T02:30:00Z");
    expect(dayKey(lateInNewYork, "America/New_York")).toBe("2026-06-10");
    expect(dayKey(lateInNewYork, "UTC")).toBe("2026-06-11");
    expect(lastDays(new Date("2026-03-02T12:00:00Z"), "UTC", 3)).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(safeTimeZone("Not/AZone")).toBe("UTC");
    expect(safeTimeZone("Asia/Tokyo")).toBe("Asia/Tokyo");
  });
});

describe("reader marks", () => {
  const body =
    'The National Crime Agency (NCA) is the UK\'s top law enforcement body. NCA Director General Keith Bristow said that "the unit will stop criminals." Bristow added more.\n\nLater the NCA spoke again.';
  const sentence2 = body.indexOf("NCA Director");
  const facts: ArticleFacts = {
    article: { slug: "x", title: "X" },
    entities: [
      { id: "org:nca", kind: "organization", name: "National Crime Agency", aliases: ["NCA"] },
      { id: "person:kb", kind: "person", name: "Keith Bristow", aliases: ["Bristow"] },
    ],
    acronyms: [
      { short: "NCA", long: "National Crime Agency", entity: "org:nca", evidence: { sentence: "", start: 0, end: 70 } },
    ],
    descriptions: [
      { subject: "org:nca", text: "the UK's top law enforcement body", evidence: { sentence: "", start: 0, end: 70 } },
    ],
    roles: [
      {
        person: "person:kb",
        title: "Director General",
        organization: "org:nca",
        evidence: { sentence: "", start: sentence2, end: 146 },
      },
    ],
    quotes: [
      {
        text: "the unit will stop criminals.",
        speaker: "person:kb",
        evidence: { sentence: "", start: sentence2, end: body.indexOf(" Bristow added") },
      },
    ],
    events: [],
  };
  const paragraphs = [
    { start: 0, end: body.indexOf("\n\n") },
    { start: body.indexOf("Later"), end: body.length },
  ];
  const flat = (segs: Segment[]): string =>
    segs.map((s) => (s.type === "text" ? s.text : `[${s.mark.type}:${flat(s.children)}]`)).join("");

  it("marks the first mention of each entity per paragraph, and attributed quotes", () => {
    const marks = findMarks(body, paragraphs, facts);
    const terms = marks.filter((m) => m.type === "term");
    expect(terms.map((t) => body.slice(t.start, t.end))).toEqual(["National Crime Agency", "Keith Bristow", "NCA"]);
    const nca = terms.find((t) => t.type === "term" && t.label === "NCA");
    const alias = findMarks("Bristow spoke.", [{ start: 0, end: 14 }], facts)[0];
    expect(alias?.type === "term" && alias.label).toBe("Keith Bristow");
    expect(nca?.type === "term" && nca.note).toBe("National Crime Agency — the UK's top law enforcement body");
    const kb = terms.find((t) => t.type === "term" && t.kind === "person");
    expect(kb?.type === "term" && [kb.label, kb.note]).toEqual(["Keith Bristow", "Director General, NCA"]);
    const quote = marks.find((m) => m.type === "quote");
    expect(quote?.type === "quote" && quote.speaker).toBe("Said by Keith Bristow, Director General of NCA");
    expect(findMarks(body, paragraphs, null)).toEqual([]);
  });

  it("nests marks inside the highlighted source sentence and keeps the text intact", () => {
    const marks = findMarks(body, paragraphs, facts);
    const source = { start: sentence2, end: body.indexOf(" Bristow added") };
    const segs = segmentParagraph(body, paragraphs[0]!, marks, source, true);
    expect(
      flat(segs)
        .replace(/\[[a-z]+:/g, "")
        .replaceAll("]", ""),
    ).toBe(body.slice(paragraphs[0]!.start, paragraphs[0]!.end));
    expect(flat(segs)).toContain(
      '[source:NCA Director General [term:Keith Bristow] said that "[quote:the unit will stop criminals.]"]',
    );
    // A quote straddling the highlight's edge is dropped rather than broken.
    const partial = segmentParagraph(
      body,
      paragraphs[0]!,
      marks,
      { start: sentence2, end: body.indexOf("stop") },
      true,
    );
    expect(flat(partial)).not.toContain("[quote:");
  });

  it("accepts only a well-formed source range inside the body", () => {
    expect(parseSourceRange("10-20", 100)).toEqual({ start: 10, end: 20 });
    expect(parseSourceRange("20-10", 100)).toBeNull();
    expect(parseSourceRange("10-200", 100)).toBeNull();
    expect(parseSourceRange(["1-2"], 100)).toBeNull();
    expect(parseSourceRange("1-2;drop", 100)).toBeNull();
    expect(parseSourceRange(undefined, 100)).toBeNull();
  });
});
