import "server-only";
import { sql, type SQL } from "drizzle-orm";
import {
  planRegrade,
  regradable,
  type AttemptBefore,
  type GradableVersion,
  type RegradeSummary,
  type StoredAnswer,
} from "@/lib/teach/regrade";
import { db, type Db } from "../index";
import { enqueueScoresForAttempts } from "./lti/outbox";

/**
 * Regrading one question's stored answers against its current version: a dry run that reads and
 * computes, and the same computation written in one transaction with an audit row. Every query
 * carries the instructor: "assignment" is one of their assignments, "everywhere" is all of their
 * assignments plus students' own practice and review quizzes (other instructors' classes are
 * theirs to regrade).
 */
export type RegradeScope = "assignment" | "everywhere";
export type RegradeInput = { questionId: string; instructorId: string; scope: RegradeScope; assignmentId: string };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Runner = Db | Tx;

async function rows<T>(runner: Runner, query: SQL): Promise<T[]> {
  return ((await runner.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The attempts a scope covers, as a condition on `a` (attempts). */
function inScope(s: RegradeInput): SQL {
  const mine = sql`select s.id from assignments s join classes c on c.id = s.class_id where c.instructor_id = ${s.instructorId}`;
  return s.scope === "assignment"
    ? sql`a.assignment_id = ${s.assignmentId} and a.assignment_id in (${mine})`
    : sql`(a.assignment_id in (${mine}) or a.mode in ('practice', 'review'))`;
}

type VersionRow = GradableVersion & { prompt: string };

async function loadVersions(runner: Runner, questionId: string): Promise<{ current: number; versions: VersionRow[] }> {
  const list = await rows<VersionRow & { current: number }>(
    runner,
    sql`
    select v.version, q.kind, v.options, v."left", v."right", v.items, v.answer, v.accept, v.prompt,
      q.current_version as current
    from questions q join question_versions v on v.question_id = q.id
    where q.id = ${questionId}
    order by v.version`,
  );
  return { current: list[0]?.current ?? 0, versions: list };
}

type ScopedAnswer = StoredAnswer & { assignmentId: string | null; place: string; name: string; finished: boolean };

/** Every item of the question in scope that is not on the current version yet. */
async function loadScopedAnswers(runner: Runner, s: RegradeInput, target: number, lock: boolean) {
  return rows<ScopedAnswer>(
    runner,
    sql`
    select ai.attempt_id as "attemptId", a.user_id as "userId", ai.position, ai.version,
      ai.answered_at is not null as answered, ai.response, ai.score, ai.correct,
      a.assignment_id as "assignmentId", coalesce(s.title, 'Practice and review') as place, u.name,
      a.status = 'finished' as finished
    from attempt_items ai
    join attempts a on a.id = ai.attempt_id
    join users u on u.id = a.user_id
    left join assignments s on s.id = a.assignment_id
    where ai.question_id = ${s.questionId} and ai.version <> ${target} and ${inScope(s)}
    order by a.user_id, a.started_at, ai.attempt_id, ai.position
    ${lock ? sql`for update of ai, a` : sql``}`,
  );
}

/**
 * Each attempt's score before the regrade: the stored score of a finished attempt (the sum of its
 * item scores, as finishing stores it), the sum so far of one in progress.
 */
async function loadAttemptSums(runner: Runner, attemptIds: string[]): Promise<AttemptBefore[]> {
  if (attemptIds.length === 0) return [];
  const list = await rows<AttemptBefore>(
    runner,
    sql`
    select a.id as "attemptId", a.user_id as "userId", a.status,
      (case when a.status = 'finished' and a.score is not null then a.score
        else (select coalesce(sum(ai.score), 0) from attempt_items ai where ai.attempt_id = a.id) end)::float8 as "itemsSum"
    from attempts a
    where a.id in (select jsonb_array_elements_text(${JSON.stringify(attemptIds)}::jsonb)::uuid)`,
  );
  return list.map((r) => ({ ...r, itemsSum: Number(r.itemsSum) }));
}

export type RegradePreview = {
  question: { id: string; prompt: string; targetVersion: number; target: GradableVersion };
  fromVersions: number[];
  /** Versions whose answers cannot be marked against the target (different option ids). */
  skippedVersions: { version: number; answers: number }[];
  summary: RegradeSummary;
  /** Per place (an assignment, or practice and review): how many students' marks change. */
  places: { place: string; changedStudents: number; changedAnswers: number }[];
  /** The changed attempts with the student's name, for the assignment scope only. */
  changes: { name: string; place: string; finished: boolean; oldScore: number; newScore: number }[];
};

async function computeRegrade(runner: Runner, s: RegradeInput, lock: boolean) {
  const { current, versions } = await loadVersions(runner, s.questionId);
  const target = versions.find((v) => v.version === current);
  if (!target) return null;
  const all = await loadScopedAnswers(runner, s, current, lock);
  const ok = new Set(versions.filter((v) => regradable(v, target)).map((v) => v.version));
  const answers = all.filter((a) => ok.has(a.version));
  const skipped = new Map<number, number>();
  for (const a of all) if (!ok.has(a.version) && a.answered) skipped.set(a.version, (skipped.get(a.version) ?? 0) + 1);
  const attempts = await loadAttemptSums(runner, [...new Set(answers.map((a) => a.attemptId))]);
  const plan = planRegrade(target, answers, attempts);
  return { target, answers, plan, skipped, compatible: [...ok] };
}

/** The dry run: what a regrade would change, without writing anything. Null when the question does not exist. */
export async function previewRegrade(s: RegradeInput): Promise<RegradePreview | null> {
  const computed = await computeRegrade(db, s, false);
  if (!computed) return null;
  const { target, answers, plan, skipped } = computed;
  const byAttempt = new Map(answers.map((a) => [a.attemptId, a]));
  const places = new Map<string, { students: Set<string>; answers: number }>();
  for (const it of plan.items) {
    if (!it.changed) continue;
    const a = byAttempt.get(it.attemptId)!;
    const p = places.get(a.place) ?? { students: new Set(), answers: 0 };
    p.students.add(a.userId);
    p.answers++;
    places.set(a.place, p);
  }
  return {
    question: { id: s.questionId, prompt: target.prompt, targetVersion: target.version, target },
    fromVersions: [...new Set(answers.filter((a) => a.answered).map((a) => a.version))].sort((x, y) => x - y),
    skippedVersions: [...skipped].map(([version, n]) => ({ version, answers: n })),
    summary: plan.summary,
    places: [...places].map(([place, p]) => ({
      place,
      changedStudents: p.students.size,
      changedAnswers: p.answers,
    })),
    changes:
      s.scope === "assignment"
        ? plan.attempts.map((c) => {
            const a = byAttempt.get(c.attemptId)!;
            return { name: a.name, place: a.place, finished: a.finished, oldScore: c.oldScore, newScore: c.newScore };
          })
        : [],
  };
}

export type RegradeOutcome =
  { status: "regraded"; regradeId: string; summary: RegradeSummary } | { status: "stale" } | { status: "not_found" };

/**
 * The regrade, in one transaction: the question row is locked (an edit waits), the items and
 * their attempts too (an answer being submitted waits), so the plan is made from what is written.
 * `expectedVersion` is the version the dry run showed: if the key changed since, nothing is written.
 */
export async function applyRegradeTx(
  tx: Tx,
  s: RegradeInput & { expectedVersion: number; now?: Date },
): Promise<RegradeOutcome> {
  const [locked] = await rows<{ current: number }>(
    tx,
    sql`select current_version as current from questions where id = ${s.questionId} for update`,
  );
  if (!locked) return { status: "not_found" };
  if (locked.current !== s.expectedVersion) return { status: "stale" };
  const computed = await computeRegrade(tx, s, true);
  if (!computed) return { status: "not_found" };
  const { target, answers, plan, compatible } = computed;
  const graded = new Map(plan.items.map((i) => [`${i.attemptId}:${i.position}`, i]));
  const updates = answers.map((a) => {
    const g = graded.get(`${a.attemptId}:${a.position}`);
    return {
      attempt_id: a.attemptId,
      position: a.position,
      answered: a.answered,
      score: g?.score ?? null,
      correct: g?.correct ?? null,
      accepted: g?.acceptedAnswer ?? null,
    };
  });
  if (updates.length > 0) {
    // Unanswered items move to the corrected version too, so a quiz in progress asks the fixed question.
    await tx.execute(sql`
      update attempt_items ai
      set version = ${target.version},
        score = case when v.answered then v.score else ai.score end,
        correct = case when v.answered then v.correct else ai.correct end,
        accepted_answer = case when v.answered then v.accepted else ai.accepted_answer end
      from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
        as v(attempt_id uuid, position int, answered boolean, score float8, correct boolean, accepted text)
      where ai.attempt_id = v.attempt_id and ai.position = v.position`);
  }
  const finished = plan.attempts.filter((c) => c.status === "finished").map((c) => c.attemptId);
  if (finished.length > 0) {
    // The same sum finishAttempt stores, over the regraded items.
    await tx.execute(sql`
      update attempts a
      set score = (select coalesce(sum(ai.score), 0) from attempt_items ai where ai.attempt_id = a.id)
      where a.id in (select jsonb_array_elements_text(${JSON.stringify(finished)}::jsonb)::uuid)`);
    // An LMS that holds these attempts' grades gets the corrected scores (docs/lms.md).
    await enqueueScoresForAttempts(tx, finished);
  }
  // The assignments in scope ask the corrected version from now on (where the versions are compatible).
  await tx.execute(sql`
    update assignment_questions aq set version = ${target.version}
    where aq.question_id = ${s.questionId} and aq.version <> ${target.version}
      and aq.version in (select jsonb_array_elements_text(${JSON.stringify(compatible)}::jsonb)::int)
      and aq.assignment_id in (
        select s.id from assignments s join classes c on c.id = s.class_id
        where c.instructor_id = ${s.instructorId}
          ${s.scope === "assignment" ? sql`and s.id = ${s.assignmentId}` : sql``})`);
  const fromVersions = [...new Set(answers.filter((a) => a.answered).map((a) => a.version))].sort((x, y) => x - y);
  const [audit] = await rows<{ id: string }>(
    tx,
    sql`
    insert into regrades (question_id, from_versions, to_version, scope, assignment_id, instructor_id,
      answers, changed_answers, changed_students, created_at)
    values (${s.questionId}, ${JSON.stringify(fromVersions)}::jsonb, ${target.version}, ${s.scope}, ${s.assignmentId},
      ${s.instructorId}, ${plan.summary.answers}, ${plan.summary.changedAnswers}, ${plan.summary.changedStudents},
      ${(s.now ?? new Date()).toISOString()}::timestamptz)
    returning id`,
  );
  if (plan.attempts.length > 0) {
    await tx.execute(sql`
      insert into regrade_changes (regrade_id, attempt_id, old_score, new_score)
      select ${audit!.id}::uuid, v.attempt_id, v.old_score, v.new_score
      from jsonb_to_recordset(${JSON.stringify(
        plan.attempts.map((c) => ({ attempt_id: c.attemptId, old_score: c.oldScore, new_score: c.newScore })),
      )}::jsonb) as v(attempt_id uuid, old_score float8, new_score float8)`);
  }
  return { status: "regraded", regradeId: audit!.id, summary: plan.summary };
}

export async function applyRegrade(s: RegradeInput & { expectedVersion: number; now?: Date }): Promise<RegradeOutcome> {
  return db.transaction((tx) => applyRegradeTx(tx, s));
}
