/**
 * The class results of one assignment, assembled from the rows the results
 * queries return (db/queries/results.ts): option tables for distractor
 * analysis, the per-item aggregates lib/stats needs, and each student's
 * attempts. Plain data in, plain data out.
 */
import type { FactKind, QuestionKind } from "@/lib/kinds";
import { normalizeAnswer } from "@/lib/quiz/grade";
import type { Option } from "@/lib/quiz/types";
import { pickedOption, readBoolean } from "@/lib/quiz/answers";
import { optionLetter } from "./option-letter";
import { analyseAggregates, type ItemAggregate, type ResultsAnalysis } from "./item-analysis";

/** One question of an assignment, as the results page shows it (answer key included: instructors only). */
export type AssignmentQuestion = {
  position: number;
  questionId: string;
  version: number;
  currentVersion: number;
  status: "draft" | "approved" | "retired";
  kind: QuestionKind;
  factKind: FactKind;
  prompt: string;
  options: Option[] | null;
  left: Option[] | null;
  right: Option[] | null;
  items: Option[] | null;
  answer: unknown;
  accept: string[] | null;
  sourceSentence: string;
  articleId: string;
  articleSlug: string;
  articleTitle: string;
};

/**
 * One row of the results' grouping-sets query. `grouping` has one bit per
 * grouped column, left to right: position, xr, rr, articleId, factKind (1 = rolled up).
 */
export type AggregateRow = {
  grouping: number;
  position: number | null;
  /** a mark value (rounded), for the marginal distribution of marks */
  xr: number | null;
  /** a rest-of-test score (rounded), for the marginal distribution of rest scores */
  rr: number | null;
  articleId: string | null;
  factKind: FactKind | null;
  n: number;
  sumX: number;
  sumX2: number;
  sumT: number;
  sumT2: number;
  sumXT: number;
};

const BY_ITEM = 0b01111;
const BY_ITEM_AND_MARK = 0b00111;
const BY_ITEM_AND_REST = 0b01011;
const BY_ARTICLE_AND_FACT_KIND = 0b11100;

export type HeatCell = { articleId: string; factKind: FactKind; n: number; mean: number };
type ItemTotals = Omit<ItemAggregate["sums"], "max">;
type ItemRows = { sums: ItemTotals; x: [number, number][]; rest: [number, number][] };

/** Splits the grouping-sets rows into per-item sums and distributions, and the heatmap's cells. */
function groupAggregates(rows: readonly AggregateRow[]): { items: Map<number, ItemRows>; heat: HeatCell[] } {
  const items = new Map<number, ItemRows>();
  const item = (p: number) => {
    let it = items.get(p);
    if (!it) items.set(p, (it = { sums: { n: 0, sumX: 0, sumX2: 0, sumT: 0, sumT2: 0, sumXT: 0 }, x: [], rest: [] }));
    return it;
  };
  const heat: HeatCell[] = [];
  for (const r of rows) {
    if (r.grouping === BY_ITEM) {
      const { n, sumX, sumX2, sumT, sumT2, sumXT } = r;
      item(r.position!).sums = { n, sumX, sumX2, sumT, sumT2, sumXT };
    } else if (r.grouping === BY_ITEM_AND_MARK) item(r.position!).x.push([r.xr!, r.n]);
    else if (r.grouping === BY_ITEM_AND_REST) item(r.position!).rest.push([r.rr!, r.n]);
    else if (r.grouping === BY_ARTICLE_AND_FACT_KIND)
      heat.push({ articleId: r.articleId!, factKind: r.factKind!, n: r.n, mean: r.sumX / r.n });
  }
  return { items, heat };
}

/** How often one response was given to one single-answer item (an option id, true/false, typed words). */
export type OptionCount = { position: number; choice: string; n: number };
export type OptionRow = { label: string; text: string; correct: boolean; n: number };

/** How many counted attempts chose each option of one question (distractor analysis). */
function optionTable(q: AssignmentQuestion, counts: readonly OptionCount[]): OptionRow[] | null {
  const mine = counts.filter((c) => c.position === q.position);
  if (q.kind === "single_choice" || (q.kind === "cloze" && q.options?.length)) return choiceRows(q, mine);
  if (q.kind === "true_false") {
    let t = 0;
    let f = 0;
    for (const c of mine) {
      const b = readBoolean(c.choice);
      if (b === true) t += c.n;
      else if (b === false) f += c.n;
    }
    return [
      { label: "T", text: "True", correct: q.answer === true, n: t },
      { label: "F", text: "False", correct: q.answer === false, n: f },
    ];
  }
  if (q.kind === "cloze") {
    // Typed answers: the five most common, so a shared misconception shows.
    const keys = [q.answer, ...(q.accept ?? [])].map((a) => normalizeAnswer(String(a)));
    return [...mine]
      .sort((a, b) => b.n - a.n || a.choice.localeCompare(b.choice))
      .slice(0, 5)
      .map((c, i) => ({
        label: String(i + 1),
        text: c.choice,
        correct: keys.includes(normalizeAnswer(c.choice)),
        n: c.n,
      }));
  }
  return null;
}

function choiceRows(q: AssignmentQuestion, mine: readonly OptionCount[]): OptionRow[] {
  const opts = q.options ?? [];
  const tally = opts.map(() => 0);
  let other = 0;
  for (const c of mine) {
    const hit = pickedOption(q.options, c.choice);
    if (hit) tally[hit.index]! += c.n;
    else other += c.n;
  }
  const out = opts.map((o, i) => ({
    label: optionLetter(i),
    text: o.text,
    correct: q.kind === "single_choice" ? o.id === q.answer : o.text === q.answer,
    n: tally[i]!,
  }));
  return other ? [...out, { label: "—", text: "Other answer", correct: false, n: other }] : out;
}

/** The number of choices a blind guess picks among, for the random-guess score. */
function choiceCount(q: AssignmentQuestion): number {
  if (q.kind === "single_choice" || q.kind === "cloze") return q.options?.length ?? 0;
  if (q.kind === "matching") return q.right?.length ?? 0;
  if (q.kind === "ordering") return q.items?.length ?? 0;
  return 2;
}

export type StudentResult = {
  userId: string;
  name: string;
  email: string;
  attemptsUsed: number;
  finishedAttempts: number;
  inProgress: boolean;
  countedAttemptId: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** The counted attempt was finished after the due date (late work the instructor accepted). */
  late: boolean;
  total: number | null;
};

export type AssignmentResults = {
  questions: (AssignmentQuestion & { optionRows: OptionRow[] | null })[];
  students: StudentResult[];
  analysis: ResultsAnalysis;
  heat: HeatCell[];
};

/** Everything the results page shows, from the four result queries' rows. */
export function assembleResults(input: {
  questions: readonly AssignmentQuestion[];
  aggregates: readonly AggregateRow[];
  counts: readonly OptionCount[];
  students: StudentResult[];
}): AssignmentResults {
  const grouped = groupAggregates(input.aggregates);
  const questions = input.questions.map((q) => ({ ...q, optionRows: optionTable(q, input.counts) }));
  const items: ItemAggregate[] = questions.map((q) => {
    const a = grouped.items.get(q.position);
    const wrong = q.kind === "single_choice" ? q.optionRows?.filter((o) => !o.correct && o.label !== "—") : undefined;
    return {
      position: q.position,
      kind: q.kind,
      choices: choiceCount(q),
      sums: { max: 1, ...(a?.sums ?? { n: 0, sumX: 0, sumX2: 0, sumT: 0, sumT2: 0, sumXT: 0 }) },
      marginals: { x: a?.x ?? [], rest: a?.rest ?? [] },
      distractorPicks: wrong && Object.fromEntries(wrong.map((o) => [`${o.label}. ${o.text}`, o.n])),
    };
  });
  const totals = input.students.flatMap((st) => (st.total === null ? [] : [st.total]));
  const analysis = analyseAggregates({
    items,
    totals,
    maxScore: Math.max(1, questions.length),
    assigned: input.students.length,
  });
  return { questions, students: input.students, analysis, heat: grouped.heat };
}

/** One answer of one student's attempt, for the per-student view. */
export type AnswerRow = {
  attemptId: string;
  attemptStatus: "in_progress" | "finished";
  startedAt: Date;
  finishedAt: Date | null;
  late: boolean;
  /** Finished by the server when the assignment closed. */
  autoFinished: boolean;
  position: number;
  response: unknown;
  correct: boolean | null;
  score: number | null;
  answeredAt: Date | null;
  responseMs: number | null;
};

export type StudentAttempt = {
  id: string;
  status: AnswerRow["attemptStatus"];
  startedAt: Date;
  finishedAt: Date | null;
  late: boolean;
  autoFinished: boolean;
  answers: AnswerRow[];
};

/** A student's answers, in attempt order, grouped by attempt. */
export function groupAttempts(answers: readonly AnswerRow[]): StudentAttempt[] {
  const attempts = new Map<string, StudentAttempt>();
  for (const r of answers) {
    let a = attempts.get(r.attemptId);
    if (!a) {
      const { attemptStatus: status, startedAt, finishedAt, late, autoFinished } = r;
      a = { id: r.attemptId, status, startedAt, finishedAt, late, autoFinished, answers: [] };
      attempts.set(r.attemptId, a);
    }
    a.answers.push(r);
  }
  return [...attempts.values()];
}
