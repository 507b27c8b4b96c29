/**
 * Regrading: the stored answers to one question, marked again against a corrected key with the
 * same grader that marked them (gradeAnswer), and what that does to each attempt's score. Plain
 * data in and out; db/queries/regrade.ts reads the answers, and writes the plan in one transaction.
 */
import type { QuestionKind } from "@/lib/kinds";
import { gradeAnswer } from "@/lib/quiz/grade";
import type { Option, Question } from "@/lib/quiz/types";

/** A version of the question as the grader needs it. */
export type GradableVersion = {
  version: number;
  kind: QuestionKind;
  options: Option[] | null;
  left: Option[] | null;
  right: Option[] | null;
  items: Option[] | null;
  answer: unknown;
  accept: string[] | null;
};

/** One stored answer (or unanswered item) to the question, in an attempt in scope. */
export type StoredAnswer = {
  attemptId: string;
  userId: string;
  position: number;
  version: number;
  answered: boolean;
  response: unknown;
  score: number | null;
  correct: boolean | null;
};

/** An attempt in scope, with the sum of all its item scores before the regrade. */
export type AttemptBefore = { attemptId: string; userId: string; status: "in_progress" | "finished"; itemsSum: number };

export type RegradedItem = {
  attemptId: string;
  position: number;
  score: number;
  correct: boolean;
  acceptedAnswer: string | null;
  changed: boolean;
};

export type AttemptChange = {
  attemptId: string;
  userId: string;
  status: AttemptBefore["status"];
  oldScore: number;
  newScore: number;
};

export type RegradeSummary = {
  /** Answers marked again. */
  answers: number;
  /** Of which the mark (or right/wrong) changes. */
  changedAnswers: number;
  /** Students with an answer marked again. */
  students: number;
  /** Students whose marks change: the dry run's headline. */
  changedStudents: number;
};

export type RegradePlan = { items: RegradedItem[]; attempts: AttemptChange[]; summary: RegradeSummary };

/** A stored version in the shape the grader reads (its optional fields undefined rather than null). */
export function asGradable(
  v: Pick<GradableVersion, "kind" | "options" | "left" | "right" | "items" | "answer" | "accept">,
): Question & { accept?: string[] } {
  return {
    kind: v.kind,
    options: v.options ?? undefined,
    left: v.left ?? undefined,
    right: v.right ?? undefined,
    items: v.items ?? undefined,
    answer: v.answer,
    accept: v.accept ?? undefined,
  } as Question & { accept?: string[] };
}

// Scores are stored as 4-byte floats (a third comes back as 0.33333334): equal within 1e-6.
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** Grades every answered item against the target version and works out each attempt's new score. */
export function planRegrade(
  target: GradableVersion,
  answers: readonly StoredAnswer[],
  attempts: readonly AttemptBefore[],
): RegradePlan {
  const gradable = asGradable(target);
  const delta = new Map<string, number>();
  const items: RegradedItem[] = [];
  for (const a of answers) {
    if (!a.answered) continue;
    const g = gradeAnswer(gradable, a.response);
    const old = a.score ?? 0;
    const changed = !same(old, g.score) || a.correct !== g.correct;
    items.push({
      attemptId: a.attemptId,
      position: a.position,
      score: g.score,
      correct: g.correct,
      acceptedAnswer: g.accepted ?? null,
      changed,
    });
    delta.set(a.attemptId, (delta.get(a.attemptId) ?? 0) + g.score - old);
  }
  const changes: AttemptChange[] = [];
  for (const at of attempts) {
    const d = delta.get(at.attemptId) ?? 0;
    if (same(d, 0)) continue;
    changes.push({
      attemptId: at.attemptId,
      userId: at.userId,
      status: at.status,
      oldScore: at.itemsSum,
      newScore: Math.max(0, at.itemsSum + d),
    });
  }
  const changedItems = items.filter((i) => i.changed);
  const userOf = new Map(answers.map((a) => [a.attemptId, a.userId]));
  const usersOf = (list: readonly { attemptId: string }[]) => new Set(list.map((i) => userOf.get(i.attemptId))).size;
  return {
    items,
    attempts: changes,
    summary: {
      answers: items.length,
      changedAnswers: changedItems.length,
      students: usersOf(items),
      changedStudents: usersOf(changedItems),
    },
  };
}

const ids = (opts: readonly Option[] | null) => [...(opts ?? [])].map((o) => o.id).sort();
const sameIds = (a: readonly Option[] | null, b: readonly Option[] | null) =>
  JSON.stringify(ids(a)) === JSON.stringify(ids(b));

/**
 * Whether answers given to `from` can be marked against `to`: the same kind with the same option,
 * pair and item ids (a stored response names ids, and the attempt's shuffled display order too).
 * An instructor's edit keeps them; a regenerated version may not.
 */
export function regradable(
  from: Pick<GradableVersion, "kind" | "options" | "left" | "right" | "items">,
  to: Pick<GradableVersion, "kind" | "options" | "left" | "right" | "items">,
): boolean {
  return (
    from.kind === to.kind &&
    sameIds(from.options, to.options) &&
    sameIds(from.left, to.left) &&
    sameIds(from.right, to.right) &&
    sameIds(from.items, to.items)
  );
}
