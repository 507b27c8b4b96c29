/**
 * A seeded model of a class answering a quiz, for the demo class and the results benchmark: each
 * student has an ability and a pace, each question a difficulty and a discrimination (the two-
 * parameter logistic model of item response theory), and what a student answers follows from
 * those: the key or a distractor some find more tempting than others; for typed answers the key
 * as people type it (case, a surname, a slip of one letter) or a plausible wrong one (an initial,
 * a neighbouring year, another name from the article). The responses are then marked by the real
 * grader, never here. Deterministic for a seed.
 */
import type { QuestionKind } from "@/lib/kinds";
import { normalizeAnswer } from "@/lib/quiz/answers";
import type { Option } from "@/lib/quiz/types";
import { shuffle, type Rng } from "@/lib/random";

export type SimQuestion = {
  kind: QuestionKind;
  options: Option[] | null;
  left: Option[] | null;
  right: Option[] | null;
  items: Option[] | null;
  answer: unknown;
  accept: string[] | null;
  difficulty: "easy" | "medium" | "hard" | null;
};

export type SimStudent = { ability: number; pace: number };

export type ItemModel = {
  /** Where the chance of a right answer is one half, on the ability scale. */
  difficulty: number;
  /** How sharply the chance rises with ability; negative runs backwards (a bad key). */
  slope: number;
  /** Relative pull of each option (single choice); 0 for a distractor nobody picks. */
  pull: number[];
  /** Typical seconds a student of average pace spends on it. */
  seconds: number;
};

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

const BASE_DIFFICULTY = { easy: -1.2, medium: -0.2, hard: 0.8 } as const;
const BASE_SECONDS: Record<QuestionKind, number> = {
  true_false: 9,
  single_choice: 15,
  cloze: 22,
  ordering: 34,
  matching: 40,
};

export function itemModel(rng: Rng, q: SimQuestion): ItemModel {
  return {
    difficulty: BASE_DIFFICULTY[q.difficulty ?? "medium"] + 0.5 * normal(rng),
    slope: 0.6 + 1.4 * rng(),
    pull: (q.options ?? []).map(() => 0.2 + rng()),
    seconds: BASE_SECONDS[q.kind] * (0.75 + 0.5 * rng()),
  };
}

export function simStudent(rng: Rng): SimStudent {
  return { ability: normal(rng), pace: Math.exp(0.3 * normal(rng)) };
}

/** The chance that a student of this ability gets the question right. */
export const chanceRight = (m: ItemModel, ability: number) => 1 / (1 + Math.exp(-m.slope * (ability - m.difficulty)));

function pick<T>(rng: Rng, xs: readonly T[]): T | undefined {
  return xs.length ? xs[Math.floor(rng() * xs.length)] : undefined;
}

function pickWeighted<T>(rng: Rng, xs: readonly T[], weight: (x: T) => number): T | undefined {
  const total = xs.reduce((s, x) => s + weight(x), 0);
  let r = rng() * total;
  for (const x of xs) if ((r -= weight(x)) < 0) return x;
  // Rounding can leave r a hair above 0: the last option anyone can pick, never a weightless one.
  return [...xs].reverse().find((x) => weight(x) > 0);
}

/** One letter dropped or doubled in a word of five or more: a slip the grader forgives. */
function slip(rng: Rng, text: string): string {
  const words = text.split(" ");
  const i = words.findIndex((w) => w.length >= 5 && !/\d/.test(w));
  if (i < 0) return text;
  const w = words[i]!;
  const at = 1 + Math.floor(rng() * (w.length - 2));
  words[i] = rng() < 0.5 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + w[at] + w.slice(at);
  return words.join(" ");
}

/** How students type a right answer: as printed, in lower case, a shorter accepted form, or with a slip. */
function typedRight(rng: Rng, key: string, accept: readonly string[]): string {
  const r = rng();
  if (r < 0.5) return key;
  if (r < 0.65) return key.toLowerCase();
  if (r < 0.85) return pick(rng, accept) ?? key;
  return slip(rng, key);
}

/** Plausible wrong typed answers: an initial for a first name, a neighbouring year, another name from the quiz. */
function typedWrong(rng: Rng, key: string, pool: readonly string[]): string {
  const words = key.split(" ");
  const near: string[] = [];
  if (words.length >= 2 && /^[A-Z]/.test(words[0]!)) near.push(`${words[0]![0]}. ${words.slice(1).join(" ")}`);
  if (/^\d{4}$/.test(key)) near.push(String(Number(key) + (rng() < 0.5 ? -1 : 1)), String(Number(key) + 2));
  // A year is mistaken for another year, a name for another name.
  const numeric = (t: string) => /^\d+$/.test(t.trim());
  const others = pool.filter((p) => normalizeAnswer(p) !== normalizeAnswer(key) && numeric(p) === numeric(key));
  // A near miss is what a third of a class shares; the rest scatter over other names.
  return (rng() < 0.45 ? pick(rng, near) : undefined) ?? pick(rng, others) ?? pick(rng, near) ?? "no idea";
}

/** What one student answers to one question: a response in the shape the quiz stores. */
export function simulateResponse(
  rng: Rng,
  q: SimQuestion,
  m: ItemModel,
  ability: number,
  typedPool: readonly string[],
): unknown {
  const right = rng() < chanceRight(m, ability);
  switch (q.kind) {
    case "single_choice": {
      if (right) return q.answer;
      const wrong = (q.options ?? []).map((o, i) => ({ o, w: m.pull[i] ?? 1 })).filter((x) => x.o.id !== q.answer);
      return pickWeighted(rng, wrong, (x) => x.w)?.o.id ?? q.answer;
    }
    case "true_false":
      return right ? q.answer : !q.answer;
    case "cloze": {
      const key = String(q.answer);
      if (q.options?.length)
        return right
          ? key
          : (pick(
              rng,
              q.options.filter((o) => o.text !== key),
            )?.text ?? key);
      return right ? typedRight(rng, key, q.accept ?? []) : typedWrong(rng, key, typedPool);
    }
    case "matching": {
      const want = (q.answer ?? {}) as Record<string, string>;
      const rights = (q.right ?? []).map((r) => r.id);
      return Object.fromEntries(
        Object.keys(want).map((l) => [l, right || rng() < 0.5 ? want[l] : (pick(rng, rights) ?? want[l])]),
      );
    }
    case "ordering": {
      const want = Array.isArray(q.answer) ? q.answer.map(String) : [];
      if (right || want.length < 2) return want;
      // Usually two neighbours swapped (partial credit); sometimes a guess.
      if (rng() < 0.3) return shuffle(want, rng);
      const out = [...want];
      const i = Math.floor(rng() * (out.length - 1));
      [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
      return out;
    }
  }
}

/** How long one answer took, in ms: the question's typical time, the student's pace, some noise; wrong answers dither. */
export function simulateTimeMs(rng: Rng, m: ItemModel, pace: number, right: boolean): number {
  const ms = 1000 * m.seconds * pace * Math.exp(0.35 * normal(rng)) * (right ? 1 : 1.2);
  return Math.round(Math.min(600_000, Math.max(1_500, ms)));
}
