import "server-only";
import { sql } from "drizzle-orm";
import { isTyped, withAlternative } from "@/lib/teach/typed-answers";
import { selectRows } from "../rows";
import { editQuestion } from "./curation";
import type { RegradeScope } from "./regrade";

/**
 * Around a regrade: where one is on offer after an edit, the record an instructor is shown after
 * applying one, the notes a student sees, and accepting a typed answer (the edit that usually
 * leads to one).
 */

/**
 * The instructor's assignments holding answers to an older version of this question than the
 * current one: where a regrade is on offer after an edit.
 */
export async function listRegradeOffers(input: { questionId: string; instructorId: string }) {
  const list = await selectRows<{
    classId: string;
    assignmentId: string;
    title: string;
    className: string;
    answers: number;
  }>(sql`
    select s.class_id as "classId", s.id as "assignmentId", s.title, c.name as "className", count(*)::int as answers
    from attempt_items ai
    join attempts a on a.id = ai.attempt_id
    join assignments s on s.id = a.assignment_id
    join classes c on c.id = s.class_id and c.instructor_id = ${input.instructorId}
    join questions q on q.id = ai.question_id
    where ai.question_id = ${input.questionId} and ai.version <> q.current_version and ai.answered_at is not null
    group by s.class_id, s.id, s.title, c.name, s.created_at
    order by s.created_at desc`);
  return list.map((r) => ({ ...r, answers: Number(r.answers) }));
}

export type RegradeNote = { attemptId: string; regradedAt: Date; oldScore: number; newScore: number };

/** The regrades that changed this student's attempts, oldest first: "regraded on DATE: was X, now Y". */
export async function listRegradeNotes(input: { userId: string; attemptIds: string[] }): Promise<RegradeNote[]> {
  if (input.attemptIds.length === 0) return [];
  const list = await selectRows<RegradeNote>(sql`
    select rc.attempt_id as "attemptId", r.created_at as "regradedAt", rc.old_score as "oldScore", rc.new_score as "newScore"
    from regrade_changes rc
    join regrades r on r.id = rc.regrade_id
    join attempts a on a.id = rc.attempt_id and a.user_id = ${input.userId}
    where rc.attempt_id in (select jsonb_array_elements_text(${JSON.stringify(input.attemptIds)}::jsonb)::uuid)
    order by r.created_at, rc.attempt_id`);
  return list.map((r) => ({
    ...r,
    regradedAt: new Date(r.regradedAt),
    oldScore: Number(r.oldScore),
    newScore: Number(r.newScore),
  }));
}

/**
 * Accepts one more typed answer to a fill-in-the-blank question: a curation edit (a new version,
 * as any edit) whose accepted list has the answer added. Null when the question is not a typed
 * one, or the answer is nothing the grader can match.
 */
export async function acceptAlternative(input: {
  questionId: string;
  userId: string;
  alternative: string;
}): Promise<number | null> {
  const [current] = await selectRows<{
    kind: string;
    options: unknown;
    prompt: string;
    explanation: string;
    answer: unknown;
    accept: string[] | null;
  }>(sql`
    select q.kind, v.options, v.prompt, v.explanation, v.answer, v.accept
    from questions q join question_versions v on v.question_id = q.id and v.version = q.current_version
    where q.id = ${input.questionId}`);
  if (!current || !isTyped({ kind: current.kind, options: Array.isArray(current.options) ? current.options : null }))
    return null;
  if (typeof current.answer !== "string") return null;
  const accept = withAlternative({ answer: current.answer, accept: current.accept }, input.alternative);
  if (!accept) return null;
  return editQuestion({
    questionId: input.questionId,
    userId: input.userId,
    edit: { prompt: current.prompt, explanation: current.explanation, accept },
  });
}

export type RegradeRecord = {
  id: string;
  createdAt: Date;
  toVersion: number;
  scope: RegradeScope;
  changedStudents: number;
  changedAnswers: number;
  answers: number;
};

/** One of this instructor's regrades of this question, for the page that confirms it. */
export async function getRegrade(input: {
  regradeId: string;
  questionId: string;
  instructorId: string;
}): Promise<RegradeRecord | null> {
  const [row] = await selectRows<RegradeRecord>(sql`
    select id, created_at as "createdAt", to_version as "toVersion", scope, changed_students as "changedStudents",
      changed_answers as "changedAnswers", answers
    from regrades
    where id = ${input.regradeId} and question_id = ${input.questionId} and instructor_id = ${input.instructorId}`);
  return row ? { ...row, createdAt: new Date(row.createdAt) } : null;
}
