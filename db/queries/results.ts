import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { normalizeAnswer } from "@/lib/quiz";
import type { QuestionKind } from "@/lib/quiz/types";
import type { AttemptPolicy } from "@/lib/teach/attempt-policy";
import { asBooleanResponse, chosenOption, optionLetter } from "@/lib/teach/describe";
import { analyseAggregates, type ItemAggregate, type ResultsAnalysis } from "@/lib/teach/item-analysis";
import type { StoredOption } from "../schema";
import { db, dbHandle } from "../index";

/**
 * The class results of one assignment, computed by SQL aggregates (one row per
 * item, per mark value, per rest score…) and turned into Moodle's statistics
 * by lib/stats. No query returns more than one row per student or per item ×
 * distinct value, so a class of 500 never loads its 10,000 answers.
 *
 * Every query carries the instructor: someone else's assignment has no rows.
 */
export type ResultsScope = { assignmentId: string; classId: string; instructorId: string; policy: AttemptPolicy };

// Fixed fragments only, never user input: the policy is validated before it gets here.
const POLICY_ORDER: Record<AttemptPolicy, string> = {
  first: "a.started_at asc, a.id asc",
  last: "a.finished_at desc, a.id desc",
  best: "a.score desc nulls last, a.finished_at asc, a.id asc",
};

async function rows<T>(query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The counted attempt of each enrolled student of the instructor's class, by policy. */
function counted(s: ResultsScope): SQL {
  return sql`counted as materialized (
    select distinct on (a.user_id) a.id, a.user_id, a.started_at, a.finished_at
    from attempts a
    join assignments s on s.id = a.assignment_id and s.class_id = ${s.classId}
    join classes c on c.id = s.class_id and c.instructor_id = ${s.instructorId}
    join enrolments e on e.class_id = s.class_id and e.user_id = a.user_id and e.removed_at is null
    where a.assignment_id = ${s.assignmentId} and a.status = 'finished'
    order by a.user_id, ${sql.raw(POLICY_ORDER[s.policy])}
  )`;
}

/**
 * One mark per counted attempt per assignment question (an unanswered item is
 * 0), with the attempt's total beside it. Marginal values are rounded to 1e-6
 * so that float sums like 0.75 + 0.25 group with 1.
 */
function marks(s: ResultsScope): SQL {
  return sql`${counted(s)},
  mt as (
    select aq.position, q.article_id, q.fact_kind, m.x, m.total,
      round(m.x * 1e6) / 1e6 as xr, round((m.total - m.x) * 1e6) / 1e6 as rr
    from (
      select aq.question_id, ct.id as attempt_id, coalesce(ai.score, 0)::float8 as x,
        sum(coalesce(ai.score, 0)::float8) over (partition by ct.id) as total
      from counted ct
      cross join assignment_questions aq
      left join attempt_items ai on ai.attempt_id = ct.id and ai.question_id = aq.question_id
      where aq.assignment_id = ${s.assignmentId}
    ) m
    join assignment_questions aq on aq.assignment_id = ${s.assignmentId} and aq.question_id = m.question_id
    join questions q on q.id = aq.question_id
  )`;
}

// PGlite runs no autovacuum, so without this the planner would never learn
// that attempt_items has grown past a handful of rows and would nest loops over
// the whole class (3 s instead of 0.1 s for 500 students). Like autovacuum, it
// re-analyses a table once it has grown by a fifth since its last analysis;
// PostgreSQL servers do this themselves. The table names are fixed, never input.
const WATCHED_TABLES = ["attempts", "attempt_items", "enrolments", "assignment_questions"];
let statsCheckedAt = 0;

export async function refreshPlannerStats(now = Date.now()): Promise<string[]> {
  if (dbHandle().driver !== "pglite" || now - statsCheckedAt < 60_000) return [];
  statsCheckedAt = now;
  const stale = await rows<{ relname: string }>(sql`
    select c.relname from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
      and c.relname in (${sql.join(WATCHED_TABLES.map((t) => sql`${t}`), sql`, `)})
      and pg_relation_size(c.oid) / current_setting('block_size')::int > 1.2 * greatest(c.relpages, 0) + 4`);
  const names = stale.map((r) => r.relname).filter((t) => WATCHED_TABLES.includes(t));
  for (const t of names) await db.execute(sql.raw(`analyze ${t}`));
  return names;
}

export type AssignmentQuestion = {
  position: number;
  questionId: string;
  version: number;
  currentVersion: number;
  status: "draft" | "approved" | "retired";
  kind: QuestionKind;
  factKind: string;
  prompt: string;
  options: StoredOption[] | null;
  left: StoredOption[] | null;
  right: StoredOption[] | null;
  items: StoredOption[] | null;
  answer: unknown;
  accept: string[] | null;
  sourceSentence: string;
  articleId: string;
  articleSlug: string;
  articleTitle: string;
};

export async function listAssignmentQuestions(s: Omit<ResultsScope, "policy">): Promise<AssignmentQuestion[]> {
  return rows<AssignmentQuestion>(sql`
    select aq.position, aq.question_id as "questionId", aq.version, q.current_version as "currentVersion", q.status,
      q.kind, q.fact_kind as "factKind", v.prompt, v.options, v."left", v."right", v.items, v.answer, v.accept,
      v.source_sentence as "sourceSentence", ar.id as "articleId", ar.slug as "articleSlug", ar.title as "articleTitle"
    from assignment_questions aq
    join assignments s on s.id = aq.assignment_id and s.class_id = ${s.classId}
    join classes c on c.id = s.class_id and c.instructor_id = ${s.instructorId}
    join questions q on q.id = aq.question_id
    join question_versions v on v.question_id = aq.question_id and v.version = aq.version
    join articles ar on ar.id = q.article_id
    where aq.assignment_id = ${s.assignmentId}
    order by aq.position`);
}

type AggregateRow = {
  position: number | null;
  xr: number | null;
  rr: number | null;
  articleId: string | null;
  factKind: string | null;
  n: number;
  sumX: number;
  sumX2: number;
  sumT: number;
  sumT2: number;
  sumXT: number;
  g: number;
};

/**
 * One scan, five groupings: per item the sums Moodle's formulas need, the
 * distributions of marks and of rest-of-test scores (for discriminative
 * efficiency), and mean marks per article × fact kind for the heatmap.
 */
export async function loadAggregates(s: ResultsScope) {
  const result = await rows<AggregateRow>(sql`
    with ${marks(s)}
    select position, xr, rr, article_id as "articleId", fact_kind as "factKind",
      count(*)::int as n, sum(x)::float8 as "sumX", sum(x * x)::float8 as "sumX2",
      sum(total)::float8 as "sumT", sum(total * total)::float8 as "sumT2", sum(x * total)::float8 as "sumXT",
      grouping(position, xr, rr, article_id, fact_kind)::int as g
    from mt
    group by grouping sets ((position), (position, xr), (position, rr), (article_id, fact_kind))`);
  const items = new Map<number, { sums: Omit<ItemAggregate["sums"], "max">; x: [number, number][]; rest: [number, number][] }>();
  const item = (p: number) => {
    let it = items.get(p);
    if (!it) items.set(p, (it = { sums: { n: 0, sumX: 0, sumX2: 0, sumT: 0, sumT2: 0, sumXT: 0 }, x: [], rest: [] }));
    return it;
  };
  const heat: { articleId: string; factKind: string; n: number; mean: number }[] = [];
  // grouping() bits, left to right: position, xr, rr, article_id, fact_kind (1 = rolled up).
  for (const r of result) {
    const g = Number(r.g);
    if (g === 0b01111) {
      const { n, sumX, sumX2, sumT, sumT2, sumXT } = r;
      item(Number(r.position)).sums = { n: Number(n), sumX: Number(sumX), sumX2: Number(sumX2), sumT: Number(sumT), sumT2: Number(sumT2), sumXT: Number(sumXT) };
    } else if (g === 0b00111) item(Number(r.position)).x.push([Number(r.xr), Number(r.n)]);
    else if (g === 0b01011) item(Number(r.position)).rest.push([Number(r.rr), Number(r.n)]);
    else if (g === 0b11100) heat.push({ articleId: r.articleId!, factKind: r.factKind!, n: Number(r.n), mean: Number(r.sumX) / Number(r.n) });
  }
  return { items, heat };
}

export type OptionCount = { position: number; choice: string; n: number };

/** How often each response was given to single-answer items (option ids, true/false, typed words). */
export async function loadOptionCounts(s: ResultsScope): Promise<OptionCount[]> {
  return rows<OptionCount>(sql`
    with ${counted(s)}
    select aq.position, ai.response #>> '{}' as choice, count(*)::int as n
    from counted ct
    join attempt_items ai on ai.attempt_id = ct.id
    join assignment_questions aq on aq.assignment_id = ${s.assignmentId} and aq.question_id = ai.question_id
    where ai.answered_at is not null and jsonb_typeof(ai.response) in ('string', 'boolean', 'number')
    group by aq.position, choice`);
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
  total: number | null;
};

/** Every enrolled student, with the attempt the policy counts (if any) and its total. */
export async function loadStudents(s: ResultsScope): Promise<StudentResult[]> {
  const list = await rows<StudentResult>(sql`
    with ${counted(s)},
    tot as (
      select ai.attempt_id, sum(coalesce(ai.score, 0))::float8 as total
      from counted ct
      join attempt_items ai on ai.attempt_id = ct.id
      join assignment_questions aq on aq.assignment_id = ${s.assignmentId} and aq.question_id = ai.question_id
      group by ai.attempt_id
    ),
    mine as (
      select a.user_id, count(*)::int as used, count(*) filter (where a.status = 'finished')::int as finished,
        bool_or(a.status = 'in_progress') as in_progress
      from attempts a where a.assignment_id = ${s.assignmentId} group by a.user_id
    )
    select u.id as "userId", u.name, u.email,
      coalesce(mine.used, 0) as "attemptsUsed", coalesce(mine.finished, 0) as "finishedAttempts",
      coalesce(mine.in_progress, false) as "inProgress",
      ct.id as "countedAttemptId", ct.started_at as "startedAt", ct.finished_at as "finishedAt",
      case when ct.id is null then null else coalesce(tot.total, 0) end as total
    from enrolments e
    join classes c on c.id = e.class_id and c.instructor_id = ${s.instructorId}
    join users u on u.id = e.user_id
    left join counted ct on ct.user_id = e.user_id
    left join tot on tot.attempt_id = ct.id
    left join mine on mine.user_id = e.user_id
    where e.class_id = ${s.classId} and e.removed_at is null
    order by lower(u.name), u.email`);
  return list.map((r) => ({
    ...r,
    total: r.total === null ? null : Number(r.total),
    startedAt: r.startedAt ? new Date(r.startedAt) : null,
    finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
  }));
}

export type OptionRow = { label: string; text: string; correct: boolean; n: number };

/** Per option: how many counted attempts chose it (distractor analysis). */
export function optionTable(q: AssignmentQuestion, counts: OptionCount[]): OptionRow[] | null {
  const mine = counts.filter((c) => c.position === q.position);
  if (q.kind === "single_choice" || (q.kind === "cloze" && q.options?.length)) {
    const opts = q.options ?? [];
    const tally = opts.map(() => 0);
    let other = 0;
    for (const c of mine) {
      const hit = chosenOption(q, c.choice);
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
  if (q.kind === "true_false") {
    let t = 0, f = 0;
    for (const c of mine) {
      const b = asBooleanResponse(c.choice);
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
    return mine
      .sort((a, b) => b.n - a.n || a.choice.localeCompare(b.choice))
      .slice(0, 5)
      .map((c, i) => ({ label: String(i + 1), text: c.choice, correct: keys.includes(normalizeAnswer(c.choice)), n: c.n }));
  }
  return null;
}

export type AssignmentResults = {
  questions: (AssignmentQuestion & { optionRows: OptionRow[] | null })[];
  students: StudentResult[];
  analysis: ResultsAnalysis;
  heat: { articleId: string; factKind: string; n: number; mean: number }[];
};

export async function getAssignmentResults(s: ResultsScope): Promise<AssignmentResults> {
  await refreshPlannerStats();
  const questions = await listAssignmentQuestions(s);
  const [aggregates, counts, students] = [await loadAggregates(s), await loadOptionCounts(s), await loadStudents(s)];
  const withOptions = questions.map((q) => ({ ...q, optionRows: optionTable(q, counts) }));
  const items: ItemAggregate[] = withOptions.map((q) => {
    const a = aggregates.items.get(q.position);
    const choices =
      q.kind === "single_choice" || q.kind === "cloze" ? (q.options?.length ?? 0) : q.kind === "matching" ? (q.right?.length ?? 0) : q.kind === "ordering" ? (q.items?.length ?? 0) : 2;
    const distractorPicks =
      q.kind === "single_choice" && q.optionRows
        ? Object.fromEntries(q.optionRows.filter((o) => !o.correct && o.label !== "—").map((o) => [`${o.label}. ${o.text}`, o.n]))
        : undefined;
    return {
      position: q.position,
      kind: q.kind,
      choices,
      sums: { max: 1, ...(a?.sums ?? { n: 0, sumX: 0, sumX2: 0, sumT: 0, sumT2: 0, sumXT: 0 }) },
      marginals: { x: a?.x ?? [], rest: a?.rest ?? [] },
      distractorPicks,
    };
  });
  const totals = students.filter((st) => st.total !== null).map((st) => st.total!);
  const analysis = analyseAggregates({ items, totals, maxScore: Math.max(1, questions.length), assigned: students.length });
  return { questions: withOptions, students, analysis, heat: aggregates.heat };
}

export type AnswerRow = {
  attemptId: string;
  attemptStatus: "in_progress" | "finished";
  startedAt: Date;
  finishedAt: Date | null;
  position: number;
  response: unknown;
  correct: boolean | null;
  score: number | null;
  answeredAt: Date | null;
  responseMs: number | null;
};

/** Every attempt and answer of one student of the instructor's class on this assignment. */
export async function getStudentAnswers(s: Omit<ResultsScope, "policy"> & { studentId: string }) {
  const [student] = await rows<{ userId: string; name: string; email: string }>(sql`
    select u.id as "userId", u.name, u.email
    from enrolments e
    join classes c on c.id = e.class_id and c.instructor_id = ${s.instructorId}
    join users u on u.id = e.user_id
    where e.class_id = ${s.classId} and e.user_id = ${s.studentId}`);
  if (!student) return null;
  const answers = await rows<AnswerRow>(sql`
    select a.id as "attemptId", a.status as "attemptStatus", a.started_at as "startedAt", a.finished_at as "finishedAt",
      aq.position, ai.response, ai.correct, ai.score, ai.answered_at as "answeredAt", ai.response_ms as "responseMs"
    from attempts a
    join assignments s on s.id = a.assignment_id and s.class_id = ${s.classId}
    join attempt_items ai on ai.attempt_id = a.id
    join assignment_questions aq on aq.assignment_id = a.assignment_id and aq.question_id = ai.question_id
    where a.assignment_id = ${s.assignmentId} and a.user_id = ${s.studentId}
    order by a.started_at, a.id, aq.position`);
  const attempts = new Map<string, { id: string; status: string; startedAt: Date; finishedAt: Date | null; answers: AnswerRow[] }>();
  for (const r of answers) {
    let a = attempts.get(r.attemptId);
    if (!a) {
      a = { id: r.attemptId, status: r.attemptStatus, startedAt: new Date(r.startedAt), finishedAt: r.finishedAt ? new Date(r.finishedAt) : null, answers: [] };
      attempts.set(r.attemptId, a);
    }
    a.answers.push({ ...r, score: r.score === null ? null : Number(r.score), answeredAt: r.answeredAt ? new Date(r.answeredAt) : null });
  }
  return { student, attempts: [...attempts.values()] };
}

export type ResponseExportRow = {
  userId: string;
  name: string;
  email: string;
  attemptId: string;
  startedAt: Date;
  finishedAt: Date | null;
  position: number;
  response: unknown;
  correct: boolean | null;
  score: number | null;
  answeredAt: Date | null;
  responseMs: number | null;
};

/** One row per student per question of the counted attempts, for the CSV. */
export async function loadResponsesForExport(s: ResultsScope): Promise<ResponseExportRow[]> {
  const list = await rows<ResponseExportRow>(sql`
    with ${counted(s)}
    select u.id as "userId", u.name, u.email, ct.id as "attemptId", ct.started_at as "startedAt", ct.finished_at as "finishedAt",
      aq.position, ai.response, ai.correct, ai.score, ai.answered_at as "answeredAt", ai.response_ms as "responseMs"
    from counted ct
    join users u on u.id = ct.user_id
    cross join assignment_questions aq
    left join attempt_items ai on ai.attempt_id = ct.id and ai.question_id = aq.question_id
    where aq.assignment_id = ${s.assignmentId}
    order by lower(u.name), u.email, aq.position`);
  return list.map((r) => ({
    ...r,
    score: r.score === null ? null : Number(r.score),
    startedAt: new Date(r.startedAt),
    finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
    answeredAt: r.answeredAt ? new Date(r.answeredAt) : null,
  }));
}
