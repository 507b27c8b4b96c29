import "server-only";
import { env } from "@/env.js";
import { dbHandle } from "@/db";
import { findUserForSignIn } from "@/db/queries/users";
import {
  insertDemoClass,
  listDemoCandidates,
  ownsAnyClass,
  type DemoAssignment,
  type DemoAttempt,
  type DemoCandidate,
  type DemoClassPlan,
} from "@/db/queries/demo-class";
import { displayOrderFor } from "@/lib/learn/display-order";
import { gradeAnswer } from "@/lib/quiz/grade";
import { hash32, mulberry32, type Rng } from "@/lib/random";
import { pickQuestions, withEveryKind } from "@/lib/teach/pick-questions";
import { asGradable } from "@/lib/teach/regrade";
import { itemModel, simStudent, simulateResponse, simulateTimeMs, type SimStudent } from "@/lib/teach/simulate";
import { demoStudents } from "./demo-names";
import { DEMO_ACCOUNTS } from "./seed";

/**
 * The demo class: on the first start of a demo (embedded database, demo mode on) the demo
 * instructor finds a class of 30 students who have taken two assignments on the seed articles, so
 * the results, the heatmap, the flags (one question per assignment is modelled as flawed) and every per-student view have something to show from the
 * first sign-in; the demo student is enrolled and has the second assignment still to take. Built
 * from a seed, so every fresh demo shows the same class; answers are marked by the real grader.
 */
export const DEMO_CLASS = { name: "Year 10 Media Literacy (demo class)", students: 30, questions: 10, seed: 20261201 };

const DAY = 86_400_000;
const at = (now: Date, days: number) => new Date(now.getTime() + days * DAY);

type Week = { title: string; opens: number; due: number; attempts: number; policy: DemoAssignment["attemptPolicy"] };

/** One student's attempt: every question answered in turn, marked by gradeAnswer, timed by the model. */
function takeAttempt(
  rng: Rng,
  qs: DemoCandidate[],
  pool: string[],
  who: SimStudent & { index: number },
  start: Date,
  finish: boolean,
) {
  const models = qs.map((q) => itemModel(mulberry32(hash32(`${DEMO_CLASS.seed}:${q.questionId}`)), q));
  // The last question behaves as a flawed item does in a real class (the stronger students miss it
  // more often: an ambiguous stem or a doubtful key), so the demo's flags show what they are for
  // whatever questions the pipeline wrote.
  const last = models.length - 1;
  if (last > 0) models[last] = { ...models[last]!, difficulty: 0, slope: -0.8 };
  let clock = start.getTime();
  // An unfinished attempt stops part-way.
  const stop = finish ? qs.length : 1 + Math.floor(rng() * (qs.length - 1));
  const items = qs.map((q, i) => {
    const displayOrder = displayOrderFor(q, rng);
    if (i >= stop)
      return {
        questionId: q.questionId,
        version: q.version,
        displayOrder,
        response: null,
        correct: null,
        score: null,
        acceptedAnswer: null,
        responseMs: null,
        answeredAt: null,
      };
    const response = simulateResponse(rng, q, models[i]!, who.ability, pool);
    const g = gradeAnswer(asGradable(q), response);
    const responseMs = simulateTimeMs(rng, models[i]!, who.pace, g.correct);
    clock += responseMs + 2_000;
    return {
      questionId: q.questionId,
      version: q.version,
      displayOrder,
      response,
      correct: g.correct,
      score: g.score,
      acceptedAnswer: g.accepted ?? null,
      responseMs,
      answeredAt: new Date(clock),
    };
  });
  const attempt: DemoAttempt = {
    student: who.index,
    startedAt: start,
    finishedAt: finish ? new Date(clock + 20_000) : null,
    items,
  };
  return { attempt, percent: items.reduce((s, it) => s + (it.score ?? 0), 0) / qs.length };
}

/** Who takes a week's assignment, when, how often, and how well (ability drifts from week to week). */
function takeWeek(
  rng: Rng,
  week: Week,
  qs: DemoCandidate[],
  pool: string[],
  cohort: (SimStudent & { index: number; engagement: number; drift: number })[],
  now: Date,
  k: number,
) {
  const out: DemoAttempt[] = [];
  const window = Math.max(1, Math.min(week.due, 0) - week.opens - 0.2);
  for (const s of cohort) {
    const threshold = k === 0 ? 0.08 : 0.3;
    if (s.engagement < threshold - 0.08) continue;
    const inProgress = s.engagement < threshold;
    const ability = s.ability + k * s.drift;
    const start = at(now, week.opens + 0.1 + rng() * window);
    const first = takeAttempt(rng, qs, pool, { ...s, ability }, start, !inProgress);
    out.push(first.attempt);
    // A second go, where allowed, for some who did badly: they have read the feedback.
    if (!inProgress && week.attempts > 1 && first.percent < 0.7 && rng() < 0.5) {
      out.push(
        takeAttempt(
          rng,
          qs,
          pool,
          { ...s, ability: ability + 0.6 },
          at(now, week.opens + 0.1 + window * (0.6 + 0.4 * rng())),
          true,
        ).attempt,
      );
    }
  }
  return out.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
}

/** The class, deterministic for the seed and the moment it is made. */
export function planDemoClass(input: {
  candidates: DemoCandidate[];
  instructorId: string;
  demoStudentId: string | null;
  now: Date;
  emailDomain?: string;
}): DemoClassPlan | null {
  const { now } = input;
  const rng = mulberry32(DEMO_CLASS.seed);
  const byArticle = new Map<string, DemoCandidate[]>();
  for (const c of input.candidates) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const articles = [...byArticle.values()].filter((qs) => qs.length >= 4).slice(0, 2);
  if (articles.length === 0) return null;
  const roster = demoStudents(rng, DEMO_CLASS.students, now, input.emailDomain ?? "students.demo.sourced.test");
  const cohort = roster.map((_, index) => ({
    ...simStudent(rng),
    index,
    engagement: rng(),
    drift: 0.45 * (rng() * 2 - 1) - 0.1,
  }));
  const weeks: Week[] = [
    { title: "Week 1", opens: -17, due: -10, attempts: 2, policy: "best" },
    { title: "Week 2", opens: -3, due: 11, attempts: 1, policy: "first" },
  ];
  const plan: DemoAssignment[] = articles.map((qs, k) => {
    const week = weeks[k]!;
    const candidates = qs.map((q) => ({ ...q, id: q.questionId }));
    // every kind the article has, so the results show typed answers, matching and ordering too
    const picked = withEveryKind(
      pickQuestions(candidates, DEMO_CLASS.questions, hash32(`${DEMO_CLASS.seed}:${k}`)),
      candidates,
    );
    const pool = [
      ...new Set(qs.flatMap((q) => (q.kind === "cloze" ? [String(q.answer)] : (q.options ?? []).map((o) => o.text)))),
    ].filter((t) => t.length <= 40);
    return {
      title: `${week.title}: ${qs[0]!.articleTitle}`,
      articleIds: [qs[0]!.articleId],
      kinds: [...new Set(picked.map((q) => q.kind))],
      opensAt: at(now, week.opens),
      dueAt: at(now, week.due),
      attemptsAllowed: week.attempts,
      attemptPolicy: week.policy,
      questions: picked.map((q) => ({ questionId: q.questionId, version: q.version })),
      attempts: takeWeek(rng, week, picked, pool, cohort, now, k),
    };
  });
  return {
    instructorId: input.instructorId,
    demoStudentId: input.demoStudentId,
    name: DEMO_CLASS.name,
    createdAt: at(now, -24),
    students: roster,
    assignments: plan,
  };
}

/** Makes the demo class for these accounts unless their instructor already owns a class. */
export async function createDemoClass(input: {
  instructorId: string;
  demoStudentId: string | null;
  now?: Date;
  emailDomain?: string;
  /** Only these articles (tests); all of content/ by default. */
  articleSlugs?: string[];
}) {
  if (await ownsAnyClass(input.instructorId)) return null;
  const candidates = await listDemoCandidates(input.articleSlugs);
  const plan = planDemoClass({ ...input, candidates, now: input.now ?? new Date() });
  if (!plan) return null;
  const made = await insertDemoClass(plan);
  return {
    ...made,
    students: plan.students.length,
    attempts: plan.assignments.reduce((n, a) => n + a.attempts.length, 0),
  };
}

/** At start-up: the demo class, once, only with the embedded database in demo mode. */
export async function seedDemoClass(now = new Date()) {
  if (!env().demoMode || dbHandle().driver !== "pglite") return null;
  const [instructor, student] = await Promise.all(DEMO_ACCOUNTS.map((a) => findUserForSignIn(a.email)));
  if (!instructor || instructor.role !== "instructor") return null;
  return createDemoClass({
    instructorId: instructor.id,
    demoStudentId: student?.role === "student" ? student.id : null,
    now,
  });
}
