/**
 * The order one attempt shows a question's choices in. Shuffled on the server
 * when the attempt is created and stored with the item, so a reload shows the
 * same order and the key position says nothing across attempts.
 */
import type { QuestionKind } from "@/lib/kinds";
import { shuffle, type Rng } from "@/lib/random";

type Choices = {
  kind: QuestionKind;
  options?: { id: string }[] | null;
  right?: { id: string }[] | null;
  items?: { id: string }[] | null;
  answer?: unknown;
};

/**
 * single_choice: option ids; matching: right-hand ids; ordering: item ids, never
 * already in the answer's order; true_false keeps True before False, as every
 * reader expects; cloze has nothing to order.
 */
export function displayOrderFor(q: Choices, rng: Rng = Math.random): string[] | null {
  switch (q.kind) {
    case "single_choice":
      return shuffle(
        (q.options ?? []).map((o) => o.id),
        rng,
      );
    case "true_false":
      return ["true", "false"];
    case "matching":
      return shuffle(
        (q.right ?? []).map((o) => o.id),
        rng,
      );
    case "ordering": {
      const ids = (q.items ?? []).map((o) => o.id);
      const order = shuffle(ids, rng);
      const answer = Array.isArray(q.answer) ? q.answer.map(String) : null;
      if (answer && order.length > 1 && order.every((id, i) => id === answer[i])) order.push(order.shift()!);
      return order;
    }
    default:
      return null;
  }
}
