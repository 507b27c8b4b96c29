import "server-only";
import { sql } from "drizzle-orm";
import type { CurrentKey, ItemTime, TypedResponseRow } from "@/lib/teach/item-insight";
import { counted, type ResultsScope } from "./results";
import { selectRows } from "../rows";

/**
 * What the results page shows beside Moodle's statistics, from the same counted attempts (and so
 * the same instructor scope): the typed answers to fill-in-the-blank questions, and answer times.
 * One row per question × distinct response, or per question: a class of 500 loads no answers.
 */

/** Distinct typed responses to the typed questions (a cloze without a word list), with counts. */
export async function loadTypedResponses(s: ResultsScope): Promise<TypedResponseRow[]> {
  const list = await selectRows<TypedResponseRow>(sql`
    with ${counted(s)}
    select aq.position, ai.response #>> '{}' as response, count(*)::int as n,
      count(*) filter (where ai.correct)::int as "right"
    from counted ct
    join attempt_items ai on ai.attempt_id = ct.id
    join assignment_questions aq on aq.assignment_id = ${s.assignmentId} and aq.question_id = ai.question_id
    join questions q on q.id = aq.question_id and q.kind = 'cloze'
    join question_versions v on v.question_id = aq.question_id and v.version = aq.version
    where ai.answered_at is not null and jsonb_typeof(ai.response) = 'string'
      and (case when jsonb_typeof(v.options) = 'array' then jsonb_array_length(v.options) else 0 end) = 0
    group by aq.position, response`);
  return list.map((r) => ({ ...r, n: Number(r.n), right: Number(r.right) }));
}

/** Median answer time per question, over the answers whose time the browser measured. */
export async function loadItemTimes(s: ResultsScope): Promise<ItemTime[]> {
  const list = await selectRows<ItemTime>(sql`
    with ${counted(s)}
    select aq.position, percentile_cont(0.5) within group (order by ai.response_ms)::float8 as "medianMs",
      count(*)::int as n
    from counted ct
    join attempt_items ai on ai.attempt_id = ct.id
    join assignment_questions aq on aq.assignment_id = ${s.assignmentId} and aq.question_id = ai.question_id
    where ai.answered_at is not null and ai.response_ms is not null
    group by aq.position`);
  return list.map((r) => ({ position: Number(r.position), medianMs: Number(r.medianMs), n: Number(r.n) }));
}

/**
 * The current key of each question of the assignment: an instructor may have accepted another
 * answer since (a new version) without regrading yet, and the typed-answer table says so.
 */
export async function loadCurrentKeys(s: Omit<ResultsScope, "policy">): Promise<CurrentKey[]> {
  return selectRows<CurrentKey>(sql`
    select aq.position, q.current_version as version, v.answer, v.accept
    from assignment_questions aq
    join assignments s on s.id = aq.assignment_id and s.class_id = ${s.classId}
    join classes c on c.id = s.class_id and c.instructor_id = ${s.instructorId}
    join questions q on q.id = aq.question_id and q.kind = 'cloze'
    join question_versions v on v.question_id = q.id and v.version = q.current_version
    where aq.assignment_id = ${s.assignmentId}`);
}

export async function getItemInsight(s: ResultsScope) {
  const [typed, times, keys] = await Promise.all([loadTypedResponses(s), loadItemTimes(s), loadCurrentKeys(s)]);
  return { typed, times, keys };
}
