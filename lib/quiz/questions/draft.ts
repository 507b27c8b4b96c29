/** The working shape of a question before the flaw check decides whether it ships. */
import type { Difficulty, FactKind, Question, QuestionKind } from "../types";
import type { Source } from "./corpus";
import { questionId, seededShuffle } from "./hash";

/** A question as published: the contract's Question, plus accepted answers on cloze. */
export type QuizQuestion = Question & { accept?: string[] };

/** What an answer or a distractor is, so the flaw check can compare kinds. */
export type AnswerKind = "person" | "organization" | "place" | "other" | "title" | "expansion" | "date" | "text";

export type Draft = {
  question: QuizQuestion;
  /** text of the right answer (single choice, cloze) */
  key?: string;
  keyKind?: AnswerKind;
  distractors?: { text: string; kind: AnswerKind }[];
  /** words that must stand in the source sentence for the answer to be supported by it */
  support: string[];
  /** problems the builder already knows about (extractor mistakes it caught) */
  problems: string[];
  /** 0..1: how prominent the fact is in its article (lead paragraph, repeated) */
  prominence: number;
  /** 0..1: how close the distractors are to the key */
  closeness: number;
  /** ship only when the question with this id does not (a stand-in that keeps the fact covered) */
  fallbackFor?: string | string[];
  /** why the fact behind it cannot be trusted yet: the question is held back as a draft to check before use */
  doubts?: string[];
  /** a true statement of a fact that has no plausible false one: may be left out to balance true/false */
  spareTruth?: boolean;
};

export type DraftInit = {
  kind: QuestionKind;
  factKind: FactKind;
  /** fact identity that survives unrelated edits: slug + normalised key fields, no offsets */
  identity: string;
  variant?: string;
  prompt: string;
  explanation: string;
  source: Source;
};

export function factId(identity: string): string {
  return "f_" + questionId("fact", identity).slice(2);
}

export function baseQuestion(init: DraftInit): QuizQuestion {
  return {
    id: questionId(init.identity, init.kind, init.variant ?? ""),
    kind: init.kind,
    fact: { kind: init.factKind, id: factId(init.identity) },
    prompt: init.prompt,
    answer: "",
    explanation: init.explanation,
    source: init.source,
  };
}

const LETTERS = "abcdefgh";

/** Key and distractors in a seeded order; option ids are letters in display order. */
export function choiceOptions(
  seed: string,
  key: string,
  distractors: string[],
): { options: { id: string; text: string }[]; answer: string } {
  const texts = seededShuffle([key, ...distractors], seed);
  const options = texts.map((text, i) => ({ id: LETTERS[i], text }));
  return { options, answer: LETTERS[texts.indexOf(key)] };
}

export function emptyDraft(question: QuizQuestion, extra: Partial<Draft> = {}): Draft {
  return { question, support: [], problems: [], prominence: 0.5, closeness: 0.5, ...extra };
}

export type { Difficulty };
