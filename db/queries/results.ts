import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AttemptPolicy } from "@/lib/teach/attempt-policy";
import {
  assembleResults,
  groupAttempts,
  type AggregateRow,
  type AnswerRow,
  type AssignmentQuestion,
  type AssignmentResults,
  type OptionCount,
  type StudentResult,
} from "@/lib/teach/results";
import { refreshPlannerStats } from "../pglite-upkeep";
import { selectRows } from "../rows";

/**
 * The class results of one assignment, computed by SQL aggregates (one row per
 * item, per mark value, per rest score…) and turned into Moodle's statistics
 * by lib/teach/results and lib/stats. No query returns more than one row per student or per item ×
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

/** The counted attempt of each enrolled student of the instructor's class, by policy (a CTE named `counted`). */
export function counted(s: ResultsScope): SQL {
  return sql`counted as materialized (
    select distinct on (a.user_id) a.id, a.user_id, a.started_at, a.finished_at, a.late
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

export async function listAssignmentQuestions(s: Omit<ResultsScope, "policy">): Promise<AssignmentQuestion[]> {
  return selectRows<AssignmentQuestion>(sql`
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

/**
 * One scan, five groupings: per item the sums Moodle's formulas need, the
 * distributions of marks and of rest-of-test scores (for discriminative
 * efficiency), and mean marks per article × fact kind for the heatmap.
 */
export function aggregatesQuery(s: ResultsScope): SQL {
  return sql`
    with ${marks(s)}
    select position, xr, rr, article_id as "articleId", fact_kind as "factKind",
      count(*)::int as n, sum(x)::float8 as "sumX", sum(x * x)::float8 as "sumX2",
      sum(total)::float8 as "sumT", sum(total * total)::float8 as "sumT2", sum(x * total)::float8 as "sumXT",
      grouping(position, xr, rr, article_id, fact_kind)::int as grouping
    from mt
    group by grouping sets ((position), (position, xr), (position, rr), (article_id, fact_kind))`;
}

export async function loadAggregates(s: ResultsScope): Promise<AggregateRow[]> {
  const rows = await selectRows<AggregateRow>(aggregatesQuery(s));
  const num = (v: number | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({
    ...r,
    grouping: Number(r.grouping),
    position: num(r.position),
    xr: num(r.xr),
    rr: num(r.rr),
    n: Number(r.n),
    sumX: Number(r.sumX),
    sumX2: Number(r.sumX2),
    sumT: Number(r.sumT),
    sumT2: Number(r.sumT2),
    sumXT: Number(r.sumXT),
  }));
}

/** How often each response was given to single-answer items (option ids, true/false, typed words). */
export function optionCountsQuery(s: ResultsScope): SQL {
  return sql`
    with ${counted(s)}
    select aq.position, ai.response #>> '{}' as choice, count(*)::int as n
    from counted ct
    join attempt_items ai on ai.attempt_id = ct.id
    join assignment_questions aq on aq.assignment_id = ${s.assignmentId} and aq.question_id = ai.question_id
    where ai.answered_at is not null and jsonb_typeof(ai.response) in ('string', 'boolean', 'number')
    group by aq.position, choice`;
}

export async function loadOptionCounts(s: ResultsScope): Promise<OptionCount[]> {
  return selectRows<OptionCount>(optionCountsQuery(s));
}

/** Every enrolled student, with the attempt the policy counts (if any) and its total. */
export function studentsQuery(s: ResultsScope): SQL {
  return sql`
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
      coalesce(ct.late, false) as late,
      case when ct.id is null then null else coalesce(tot.total, 0) end as total
    from enrolments e
    join classes c on c.id = e.class_id and c.instructor_id = ${s.instructorId}
    join users u on u.id = e.user_id
    left join counted ct on ct.user_id = e.user_id
    left join tot on tot.attempt_id = ct.id
    left join mine on mine.user_id = e.user_id
    where e.class_id = ${s.classId} and e.removed_at is null
    order by lower(u.name), u.email`;
}

export async function loadStudents(s: ResultsScope): Promise<StudentResult[]> {
  const list = await selectRows<StudentResult>(studentsQuery(s));
  return list.map((r) => ({
    ...r,
    total: r.total === null ? null : Number(r.total),
    startedAt: r.startedAt ? new Date(r.startedAt) : null,
    finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
  }));
}

/**
 * Everything the results page shows. The four queries are independent; on
 * PostgreSQL they run side by side on pooled connections.
 */
export async function getAssignmentResults(s: ResultsScope): Promise<AssignmentResults> {
  await refreshPlannerStats();
  const [questions, aggregates, counts, students] = await Promise.all([
    listAssignmentQuestions(s),
    loadAggregates(s),
    loadOptionCounts(s),
    loadStudents(s),
  ]);
  return assembleResults({ questions, aggregates, counts, students });
}

/** Every attempt and answer of one student of the instructor's class on this assignment. */
export async function getStudentAnswers(s: Omit<ResultsScope, "policy"> & { studentId: string }) {
  const [student] = await selectRows<{ userId: string; name: string; email: string }>(sql`
    select u.id as "userId", u.name, u.email
    from enrolments e
    join classes c on c.id = e.class_id and c.instructor_id = ${s.instructorId}
    join users u on u.id = e.user_id
    where e.class_id = ${s.classId} and e.user_id = ${s.studentId}`);
  if (!student) return null;
  const answers = await selectRows<AnswerRow>(sql`
    select a.id as "attemptId", a.status as "attemptStatus", a.started_at as "startedAt", a.finished_at as "finishedAt",
      a.late, a.auto_finished as "autoFinished", aq.position, ai.response, ai.correct, ai.score, ai.answered_at as "answeredAt", ai.response_ms as "responseMs"
    from attempts a
    join assignments s on s.id = a.assignment_id and s.class_id = ${s.classId}
    join attempt_items ai on ai.attempt_id = a.id
    join assignment_questions aq on aq.assignment_id = a.assignment_id and aq.question_id = ai.question_id
    where a.assignment_id = ${s.assignmentId} and a.user_id = ${s.studentId}
    order by a.started_at, a.id, aq.position`);
  const typed = answers.map((r) => ({
    ...r,
    startedAt: new Date(r.startedAt),
    finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
    score: r.score === null ? null : Number(r.score),
    answeredAt: r.answeredAt ? new Date(r.answeredAt) : null,
  }));
  return { student, attempts: groupAttempts(typed) };
}

export type ResponseExportRow = Omit<AnswerRow, "attemptStatus" | "autoFinished"> & {
  userId: string;
  name: string;
  email: string;
};

/** One row per student per question of the counted attempts, for the CSV. */
export async function loadResponsesForExport(s: ResultsScope): Promise<ResponseExportRow[]> {
  const list = await selectRows<ResponseExportRow>(sql`
    with ${counted(s)}
    select u.id as "userId", u.name, u.email, ct.id as "attemptId", ct.started_at as "startedAt", ct.finished_at as "finishedAt",
      ct.late, aq.position, ai.response, ai.correct, ai.score, ai.answered_at as "answeredAt", ai.response_ms as "responseMs"
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
