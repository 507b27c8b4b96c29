// A large database for `npm run bench:results`: classes of varying size, each with several quizzes,
// students of varying ability (and classes of varying mean ability), questions of varying
// difficulty, students who never start or leave an attempt unfinished, and second attempts. Each
// class's last quiz is open now (some attempts still in progress); the earlier ones have closed, and
// their abandoned attempts are finished as the server's sweep would (auto-finished at the close).
// Responses come from lib/teach/simulate and are marked by the real grader. Each class is written
// in one transaction with a few multi-row statements, so an interrupted run leaves only whole
// classes behind, and running it again continues up to the target.
import { randomInt, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { dbHandle } from "@/db";
import { finishOverdueAttempts } from "@/db/queries/deadlines";
import { selectRows } from "@/db/rows";
import { gradeAnswer } from "@/lib/quiz/grade";
import { hash32, mulberry32, shuffle, type Rng } from "@/lib/random";
import { generateJoinCode } from "@/lib/teach/join-code";
import { asGradable } from "@/lib/teach/regrade";
import * as sim from "@/lib/teach/simulate";

/** Classes this seeder made are named with this prefix; it is how a later run finds them. */
export const SCALE_CLASS_PREFIX = "Scale class ";
const KINDS = ["single_choice", "true_false", "cloze", "matching", "ordering"];
const DAY = 86_400_000;

type PoolQuestion = sim.SimQuestion & { questionId: string; version: number };
type AttemptRow = {
  id: string;
  user_id: string;
  assignment_id: string;
  title: string;
  question_count: number;
  status: "finished" | "in_progress";
  score: number | null;
  started_at: string;
  finished_at: string | null;
};
type ItemRow = {
  attempt_id: string;
  position: number;
  question_id: string;
  version: number;
  response: unknown;
  correct: boolean | null;
  score: number | null;
  accepted_answer: string | null;
  response_ms: number | null;
  answered_at: string | null;
};

export type ScaleOptions = {
  instructorId: string;
  /** Stop once the seeded classes hold at least this many stored answers (attempt items). */
  answers: number;
  passwordHash: string;
  /** Draw questions only from these articles (default: every approved question). */
  articleIds?: string[];
  log?: (line: string) => void;
};

export type ScaleSummary = { classes: number; assignments: number; attempts: number; answers: number };

async function loadPool(articleIds?: string[]): Promise<PoolQuestion[]> {
  const only = articleIds?.length
    ? sql`and q.article_id in (${sql.join(
        articleIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  return selectRows<PoolQuestion>(sql`
    select q.id as "questionId", q.current_version as version, q.kind, v.options, v."left", v."right", v.items,
      v.answer, v.accept, v.difficulty
    from questions q join question_versions v on v.question_id = q.id and v.version = q.current_version
    where q.status = 'approved' and q.kind in (${sql.join(
      KINDS.map((k) => sql`${k}`),
      sql`, `,
    )}) ${only}
    order by q.id`);
}

/** What the seeded classes of this instructor already hold, so that a second run continues. */
export async function scaleSummary(instructorId: string): Promise<ScaleSummary> {
  const [row] = await selectRows<ScaleSummary>(sql`
    select
      (select count(*)::int from classes c where c.instructor_id = ${instructorId} and c.name like ${SCALE_CLASS_PREFIX + "%"}) as classes,
      (select count(*)::int from assignments s join classes c on c.id = s.class_id
        where c.instructor_id = ${instructorId} and c.name like ${SCALE_CLASS_PREFIX + "%"}) as assignments,
      (select count(*)::int from attempts a join assignments s on s.id = a.assignment_id join classes c on c.id = s.class_id
        where c.instructor_id = ${instructorId} and c.name like ${SCALE_CLASS_PREFIX + "%"}) as attempts,
      (select count(*)::int from attempt_items ai join attempts a on a.id = ai.attempt_id
        join assignments s on s.id = a.assignment_id join classes c on c.id = s.class_id
        where c.instructor_id = ${instructorId} and c.name like ${SCALE_CLASS_PREFIX + "%"}) as answers`);
  return { classes: row!.classes, assignments: row!.assignments, attempts: row!.attempts, answers: row!.answers };
}

const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/** One student's attempts at one quiz: none, one unfinished, one finished, or a second after the first. */
function simulateStudent(
  rng: Rng,
  quiz: { id: string; title: string; items: PoolQuestion[]; models: sim.ItemModel[]; opensAt: number; open: boolean },
  student: { id: string; ability: number; pace: number; engagement: number },
  typedPool: string[],
  out: { attempts: AttemptRow[]; items: ItemRow[] },
) {
  // An open quiz is half-way through its week: fewer have started, more are part-way through.
  if (rng() > student.engagement * (quiz.open ? 0.7 : 1)) return;
  const tries = rng() < 0.25 ? 2 : 1;
  const window = Math.min(5 * DAY, Date.now() - quiz.opensAt - 6 * 3_600_000);
  let start = quiz.opensAt + rng() * window;
  for (let t = 0; t < tries; t++) {
    const finished = !(t === 0 && rng() < (quiz.open ? 0.15 : 0.05));
    const id = randomUUID();
    if (t > 0) start = Math.min(start + 0.2 * window * rng(), Date.now() - 4 * 3_600_000);
    let clock = start;
    let total = 0;
    quiz.items.forEach((q, position) => {
      const base = { attempt_id: id, position, question_id: q.questionId, version: q.version };
      if (!finished && position >= quiz.items.length / 2) {
        out.items.push({
          ...base,
          response: null,
          correct: null,
          score: null,
          accepted_answer: null,
          response_ms: null,
          answered_at: null,
        });
        return;
      }
      const m = quiz.models[position]!;
      const response = sim.simulateResponse(rng, q, m, student.ability + 0.4 * t, typedPool);
      const g = gradeAnswer(asGradable(q), response);
      const ms = sim.simulateTimeMs(rng, m, student.pace, g.correct);
      clock += ms;
      total += g.score;
      out.items.push({
        ...base,
        response,
        correct: g.correct,
        score: g.score,
        accepted_answer: g.accepted ?? null,
        response_ms: ms,
        answered_at: new Date(clock).toISOString(),
      });
    });
    out.attempts.push({
      id,
      user_id: student.id,
      assignment_id: quiz.id,
      title: quiz.title,
      question_count: quiz.items.length,
      status: finished ? "finished" : "in_progress",
      score: finished ? total : null,
      started_at: new Date(start).toISOString(),
      finished_at: finished ? new Date(clock + 30_000).toISOString() : null,
    });
    if (!finished) break;
  }
}

const ITEM_COLUMNS = sql.raw(`attempt_id uuid, "position" int, question_id text, version int, response jsonb,
  correct boolean, score real, accepted_answer text, response_ms int, answered_at timestamptz`);
const ATTEMPT_COLUMNS = sql.raw(`id uuid, user_id uuid, assignment_id uuid, title text, question_count int,
  status text, score real, started_at timestamptz, finished_at timestamptz`);
// One JSON parameter per statement keeps a batch of thousands of rows to one parse and one plan,
// the same on both drivers.
const ITEM_BATCH = 5000;

/** Writes class number `index`: deterministic for the index, whichever run writes it. */
async function seedClass(index: number, pool: PoolQuestion[], opts: ScaleOptions): Promise<ScaleSummary> {
  const rng = mulberry32(hash32(`scale-class:${index}`));
  const nStudents = between(rng, 12, 60);
  const nQuizzes = between(rng, 3, 8);
  const classAbility = 0.6 * sim.normal(rng);
  const classId = randomUUID();
  const students = Array.from({ length: nStudents }, (_, j) => ({
    id: randomUUID(),
    ability: classAbility + sim.normal(rng),
    pace: Math.exp(0.3 * sim.normal(rng)),
    engagement: 0.75 + 0.25 * rng(),
    name: `Scale ${index}.${j}`,
    email: `scale-${classId.slice(0, 8)}-${j}@example.test`,
  }));
  // Weekly quizzes, the last of which opened two days ago and is due in four.
  const first = Date.now() - (7 * (nQuizzes - 1) + 2) * DAY;
  const out = { attempts: [] as AttemptRow[], items: [] as ItemRow[] };
  const quizzes = Array.from({ length: nQuizzes }, (_, k) => {
    const items = shuffle(pool, rng).slice(0, Math.min(pool.length, between(rng, 8, 20)));
    const shift = 0.5 * sim.normal(rng);
    const models = items.map((q) => {
      const m = sim.itemModel(rng, q);
      m.difficulty += shift;
      return m;
    });
    const open = k === nQuizzes - 1;
    return { id: randomUUID(), title: `Quiz ${k + 1}`, items, models, opensAt: first + 7 * k * DAY, open };
  });
  for (const quiz of quizzes) {
    const typed = quiz.items.filter((q) => q.kind === "cloze").map((q) => String(q.answer));
    for (const s of students) simulateStudent(rng, quiz, s, typed, out);
  }
  const db = dbHandle().db;
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into classes (id, instructor_id, name, join_code)
      values (${classId}, ${opts.instructorId}, ${`${SCALE_CLASS_PREFIX}${index + 1} (${nStudents} students)`},
        ${generateJoinCode(randomInt)})`);
    const people = JSON.stringify(students.map((s) => ({ id: s.id, email: s.email, name: s.name })));
    await tx.execute(sql`insert into users (id, email, name, role, password_hash)
      select id, email, name, 'student', ${opts.passwordHash} from jsonb_to_recordset(${people}::jsonb)
        as r(id uuid, email text, name text)`);
    await tx.execute(sql`insert into enrolments (class_id, user_id)
      select ${classId}, id from jsonb_to_recordset(${people}::jsonb) as r(id uuid)`);
    for (const [k, quiz] of quizzes.entries()) {
      await tx.execute(sql`insert into assignments (id, class_id, title, kinds, question_count, opens_at, due_at,
          attempts_allowed, feedback_timing, attempt_policy)
        values (${quiz.id}, ${classId}, ${quiz.title}, ${JSON.stringify(KINDS)}::jsonb, ${quiz.items.length},
          ${new Date(quiz.opensAt).toISOString()}, ${new Date(quiz.opensAt + 6 * DAY).toISOString()}, 2, 'after_due',
          ${(["first", "best", "last"] as const)[k % 3]!})`);
      const picked = JSON.stringify(quiz.items.map((q, position) => ({ position, q: q.questionId, v: q.version })));
      await tx.execute(sql`insert into assignment_questions (assignment_id, "position", question_id, version)
        select ${quiz.id}, "position", q, v from jsonb_to_recordset(${picked}::jsonb) as r("position" int, q text, v int)`);
    }
    if (out.attempts.length > 0)
      await tx.execute(sql`insert into attempts (id, user_id, assignment_id, mode, title, question_count, status,
          score, started_at, finished_at)
        select id, user_id, assignment_id, 'assignment', title, question_count, status, score, started_at, finished_at
        from jsonb_to_recordset(${JSON.stringify(out.attempts)}::jsonb) as r(${ATTEMPT_COLUMNS})`);
    for (let from = 0; from < out.items.length; from += ITEM_BATCH) {
      const batch = JSON.stringify(out.items.slice(from, from + ITEM_BATCH));
      await tx.execute(sql`insert into attempt_items (attempt_id, "position", question_id, version, response, correct,
          score, accepted_answer, response_ms, answered_at)
        select * from jsonb_to_recordset(${batch}::jsonb) as r(${ITEM_COLUMNS})`);
    }
    const now = new Date();
    for (const quiz of quizzes) if (!quiz.open) await finishOverdueAttempts({ now, assignmentId: quiz.id }, tx);
  });
  return { classes: 1, assignments: nQuizzes, attempts: out.attempts.length, answers: out.items.length };
}

/** Adds classes until this instructor's seeded classes hold `answers` stored answers. */
export async function seedScale(opts: ScaleOptions): Promise<ScaleSummary & { added: ScaleSummary }> {
  const log = opts.log ?? (() => {});
  const pool = await loadPool(opts.articleIds);
  if (pool.length < 8) throw new Error(`only ${pool.length} approved questions to draw from; 8 or more are needed`);
  const have = await scaleSummary(opts.instructorId);
  const added: ScaleSummary = { classes: 0, assignments: 0, attempts: 0, answers: 0 };
  if (have.answers > 0) log(`continuing: ${have.classes} classes with ${have.answers} answers already seeded`);
  const started = Date.now();
  let lastLog = started;
  while (have.answers + added.answers < opts.answers) {
    const made = await seedClass(have.classes + added.classes, pool, opts);
    for (const k of ["classes", "assignments", "attempts", "answers"] as const) added[k] += made[k];
    if (Date.now() - lastLog > 10_000) {
      lastLog = Date.now();
      const s = (lastLog - started) / 1000;
      log(
        `  ${have.answers + added.answers} answers (${added.classes} classes added, ${Math.round(added.answers / s)} answers/s)`,
      );
    }
  }
  return {
    classes: have.classes + added.classes,
    assignments: have.assignments + added.assignments,
    attempts: have.attempts + added.attempts,
    answers: have.answers + added.answers,
    added,
  };
}
