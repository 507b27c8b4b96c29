import "server-only";
import { sql } from "drizzle-orm";
import {
  assembleOverview,
  type ClassOverview,
  type CountedScore,
  type MasteryAggregate,
  type OverviewAssignment,
  type OverviewStudent,
} from "@/lib/teach/class-overview";
import { refreshPlannerStats } from "../pglite-upkeep";
import { selectRows } from "../rows";

/**
 * A class across all its assignments. Every query joins the class to its instructor, so another
 * instructor's class has no rows. Each assignment counts the attempt its own policy names (the
 * same order as db/queries/results.ts, chosen per row), and nothing loads the answers: one row
 * per student × assignment, or per assignment × fact kind / article.
 */
export type OverviewScope = { classId: string; instructorId: string };

export async function listOverviewAssignments(s: OverviewScope): Promise<OverviewAssignment[]> {
  const list = await selectRows<OverviewAssignment>(sql`
    select s.id, s.title, s.opens_at as "opensAt", s.due_at as "dueAt", s.attempt_policy as policy,
      s.question_count as "questionCount"
    from assignments s
    join classes c on c.id = s.class_id and c.instructor_id = ${s.instructorId}
    where s.class_id = ${s.classId}
    order by s.opens_at, s.created_at, s.id`);
  return list.map((r) => ({ ...r, opensAt: new Date(r.opensAt), dueAt: r.dueAt ? new Date(r.dueAt) : null }));
}

export async function listOverviewStudents(s: OverviewScope): Promise<OverviewStudent[]> {
  return selectRows<OverviewStudent>(sql`
    select u.id as "userId", u.name, u.email
    from enrolments e
    join classes c on c.id = e.class_id and c.instructor_id = ${s.instructorId}
    join users u on u.id = e.user_id
    where e.class_id = ${s.classId} and e.removed_at is null
    order by lower(u.name), u.email`);
}

/** Each enrolled student's counted attempt per assignment of the class, by that assignment's policy. */
function countedAll(s: OverviewScope) {
  return sql`counted as materialized (
    select distinct on (a.assignment_id, a.user_id) a.assignment_id, a.user_id, a.id, a.score
    from attempts a
    join assignments s on s.id = a.assignment_id and s.class_id = ${s.classId}
    join classes c on c.id = s.class_id and c.instructor_id = ${s.instructorId}
    join enrolments e on e.class_id = s.class_id and e.user_id = a.user_id and e.removed_at is null
    where a.status = 'finished'
    order by a.assignment_id, a.user_id,
      case when s.attempt_policy = 'first' then a.started_at end asc,
      case when s.attempt_policy = 'last' then a.finished_at end desc,
      case when s.attempt_policy = 'best' then a.score end desc nulls last,
      case when s.attempt_policy = 'best' then a.finished_at end asc,
      case when s.attempt_policy = 'last' then a.id end desc,
      a.id asc
  )`;
}

export async function loadCountedScores(s: OverviewScope): Promise<CountedScore[]> {
  const list = await selectRows<CountedScore>(sql`
    with ${countedAll(s)}
    select assignment_id as "assignmentId", user_id as "userId", coalesce(score, 0)::float8 as score from counted`);
  return list.map((r) => ({ ...r, score: Number(r.score) }));
}

/**
 * Mean mark per assignment × fact kind and per assignment × article over the counted attempts,
 * an unanswered question counting 0: Σ stored marks over (counted attempts × questions of the
 * group). The marks are summed per assignment × question first (one pass over the answers, one
 * small group key), then rolled up by kind and by article over those few hundred rows.
 */
export async function loadMasteryOverTime(s: OverviewScope): Promise<MasteryAggregate[]> {
  const list = await selectRows<MasteryAggregate>(sql`
    with ${countedAll(s)},
    per_question as (
      select ct.assignment_id, ai.question_id, sum(ai.score)::float8 as total
      from counted ct
      join attempt_items ai on ai.attempt_id = ct.id
      group by ct.assignment_id, ai.question_id
    ),
    attempts_per as (select assignment_id, count(*)::int as n from counted group by assignment_id)
    select aq.assignment_id as "assignmentId", q.fact_kind as "factKind", q.article_id as "articleId",
      ar.title as "articleTitle", (count(*) * p.n)::int as n, coalesce(sum(pq.total), 0)::float8 as sum
    from assignment_questions aq
    join attempts_per p on p.assignment_id = aq.assignment_id
    join questions q on q.id = aq.question_id
    join articles ar on ar.id = q.article_id
    left join per_question pq on pq.assignment_id = aq.assignment_id and pq.question_id = aq.question_id
    group by grouping sets ((aq.assignment_id, p.n, q.fact_kind), (aq.assignment_id, p.n, q.article_id, ar.title))`);
  return list.map((r) => ({ ...r, n: Number(r.n), sum: Number(r.sum) }));
}

/** Everything the class overview shows; null rows for a class that is not this instructor's. */
export async function getClassOverview(s: OverviewScope & { now?: Date }): Promise<ClassOverview> {
  await refreshPlannerStats();
  const [assignments, students, scores, mastery] = await Promise.all([
    listOverviewAssignments(s),
    listOverviewStudents(s),
    loadCountedScores(s),
    loadMasteryOverTime(s),
  ]);
  return assembleOverview({ assignments, students, scores, mastery, now: s.now ?? new Date() });
}
