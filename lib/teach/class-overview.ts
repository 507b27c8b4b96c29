/**
 * A class across all its assignments: completion per assignment, each student's counted scores in
 * order with a trend, who needs a look (missed the last two assignments, or fell), and the class's
 * mastery per kind of fact and per article from one assignment to the next. Plain data in and out;
 * db/queries/class-overview.ts supplies the rows, each assignment counted by its own attempt policy.
 */
import { FACT_KIND_GROUP_LABEL, FACT_KINDS, type FactKind } from "@/lib/kinds";
import { POLICY_LABEL, type AttemptPolicy } from "./attempt-policy";
import { toCsv } from "./csv";

export type OverviewAssignment = {
  id: string;
  title: string;
  opensAt: Date;
  dueAt: Date | null;
  policy: AttemptPolicy;
  questionCount: number;
};
export type OverviewStudent = { userId: string; name: string; email: string };
/** The attempt an assignment's policy counts for one student, with its score in marks. */
export type CountedScore = { assignmentId: string; userId: string; score: number };
/** Σ marks and the number of marks (unanswered = 0) of the counted attempts, per assignment × fact kind or × article. */
export type MasteryAggregate = {
  assignmentId: string;
  factKind: FactKind | null;
  articleId: string | null;
  articleTitle: string | null;
  n: number;
  sum: number;
};

export const OVERVIEW_RULES = {
  /** A score this many percentage points below the student's earlier average is a fall. */
  fellBy: 15,
  /** Within this many points of the earlier average, the trend is steady. */
  steadyWithin: 5,
} as const;

export type Trend = "up" | "down" | "steady";

export type StudentSeries = OverviewStudent & {
  /** % of the maximum per assignment, in assignment order; null when no finished attempt counts. */
  percents: (number | null)[];
  marks: (number | null)[];
  finished: number;
  mean: number | null;
  trend: Trend | null;
  missedLastTwo: boolean;
  fell: { from: number; to: number } | null;
};

export type AssignmentColumn = OverviewAssignment & {
  finished: number;
  enrolled: number;
  completion: number | null;
  meanPercent: number | null;
  open: boolean;
};

export type MasteryLine = { key: string; label: string; percents: (number | null)[]; answers: number[] };

export type ClassOverview = {
  assignments: AssignmentColumn[];
  students: StudentSeries[];
  /** The assignments "the last two" refers to (the two latest that have opened), oldest first. */
  lastTwo: string[];
  missed: StudentSeries[];
  fell: StudentSeries[];
  byKind: MasteryLine[];
  byArticle: MasteryLine[];
};

const meanOf = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Compares the latest score with the average of the earlier ones. */
function trendOf(percents: readonly (number | null)[]): Pick<StudentSeries, "trend" | "fell"> {
  const done = percents.filter((p): p is number => p !== null);
  if (done.length < 2) return { trend: null, fell: null };
  const last = done[done.length - 1]!;
  const before = meanOf(done.slice(0, -1))!;
  const d = last - before;
  return {
    trend: d >= OVERVIEW_RULES.steadyWithin ? "up" : d <= -OVERVIEW_RULES.steadyWithin ? "down" : "steady",
    fell: d <= -OVERVIEW_RULES.fellBy ? { from: before, to: last } : null,
  };
}

function masteryLines(
  assignments: readonly OverviewAssignment[],
  rows: readonly MasteryAggregate[],
  keyOf: (r: MasteryAggregate) => string | null,
  labelOf: (key: string, r: MasteryAggregate) => string,
  order: (keys: string[]) => string[],
): MasteryLine[] {
  const lines = new Map<string, { label: string; cells: Map<string, MasteryAggregate> }>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key === null) continue;
    const line = lines.get(key) ?? { label: labelOf(key, r), cells: new Map() };
    line.cells.set(r.assignmentId, r);
    lines.set(key, line);
  }
  return order([...lines.keys()]).map((key) => {
    const line = lines.get(key)!;
    const cells = assignments.map((a) => line.cells.get(a.id));
    return {
      key,
      label: line.label,
      percents: cells.map((c) => (c && c.n > 0 ? (100 * c.sum) / c.n : null)),
      answers: cells.map((c) => c?.n ?? 0),
    };
  });
}

export function assembleOverview(input: {
  assignments: readonly OverviewAssignment[];
  students: readonly OverviewStudent[];
  scores: readonly CountedScore[];
  mastery: readonly MasteryAggregate[];
  now: Date;
}): ClassOverview {
  const { assignments, now } = input;
  const score = new Map(input.scores.map((s) => [`${s.assignmentId}:${s.userId}`, s.score]));
  const opened = assignments.filter((a) => a.opensAt.getTime() <= now.getTime());
  const lastTwo = opened.length >= 2 ? opened.slice(-2).map((a) => a.id) : [];
  const students = input.students.map((st): StudentSeries => {
    const marks = assignments.map((a) => score.get(`${a.id}:${st.userId}`) ?? null);
    const percents = marks.map((m, i) => (m === null ? null : (100 * m) / Math.max(1, assignments[i]!.questionCount)));
    const done = percents.filter((p): p is number => p !== null);
    return {
      ...st,
      marks,
      percents,
      finished: done.length,
      mean: meanOf(done),
      ...trendOf(percents),
      missedLastTwo: lastTwo.length === 2 && lastTwo.every((id) => !score.has(`${id}:${st.userId}`)),
    };
  });
  const columns = assignments.map((a, i): AssignmentColumn => {
    const done = students.flatMap((s) => (s.percents[i] === null ? [] : [s.percents[i]!]));
    const enrolled = students.length;
    return {
      ...a,
      finished: done.length,
      enrolled,
      completion: enrolled ? (100 * done.length) / enrolled : null,
      meanPercent: meanOf(done),
      open: a.opensAt.getTime() <= now.getTime() && (a.dueAt === null || a.dueAt.getTime() > now.getTime()),
    };
  });
  return {
    assignments: columns,
    students,
    lastTwo,
    missed: students.filter((s) => s.missedLastTwo),
    fell: students.filter((s) => s.fell !== null),
    byKind: masteryLines(
      assignments,
      input.mastery,
      (r) => r.factKind,
      (k) => FACT_KIND_GROUP_LABEL[k as FactKind] ?? k,
      (keys) => FACT_KINDS.filter((k) => keys.includes(k)),
    ),
    byArticle: masteryLines(
      assignments,
      input.mastery,
      (r) => r.articleId,
      (_k, r) => r.articleTitle ?? "",
      (keys) => keys,
    ).sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** The column heading of one assignment in the gradebook: its title, the attempt counted and the maximum. */
export const gradebookColumn = (a: OverviewAssignment) =>
  `${a.title} (${POLICY_LABEL[a.policy].toLowerCase()}; out of ${a.questionCount})`;

const round = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** The cross-assignment gradebook: one row per student, one column per assignment (marks by its policy). */
export function classGradebookCsv(overview: ClassOverview): string {
  return toCsv(
    ["student", "email", ...overview.assignments.map(gradebookColumn), "assignments_finished", "mean_percent"],
    overview.students.map((s) => [s.name, s.email, ...s.marks.map((m) => round(m, 2)), s.finished, round(s.mean, 1)]),
  );
}
