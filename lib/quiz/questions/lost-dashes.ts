/**
 * Dashes a text lost. Some news datasets print a dash as a run of spaces ("back to me   steering wheel,
 * steering column …"); a question that collapses the run into one space reads as garbled English ("back to
 * me steering wheel"). What a student sees puts the dash back where the article has such a run between two
 * words; the source sentence, answers and accepted answers stay exactly as the article prints them.
 */
import type { QuizQuestion } from "./draft";

type Site = { joined: string; dashed: string };

/** The word pairs around every run of three or more spaces inside a line of the text. */
export function lostDashSites(text: string): Site[] {
  const seen = new Map<string, Site>();
  for (const m of text.matchAll(/(\S+) {3,}(?=(\S+))/g)) {
    const before = m[1]!.replace(/^[“"‘'(]+/, "");
    const after = m[2]!.replace(/[”"’',.;:!?)]+$/, "");
    if (!/\w/.test(before) || !/\w/.test(after)) continue;
    const joined = `${before} ${after}`;
    if (!seen.has(joined)) seen.set(joined, { joined, dashed: `${before} – ${after}` });
  }
  return [...seen.values()];
}

function restore(text: string, sites: readonly Site[]): string {
  let out = text;
  for (const s of sites) if (out.includes(s.joined)) out = out.split(s.joined).join(s.dashed);
  return out;
}

/** The question with its displayed texts (prompt, options, pairs, items, explanation) given back their dashes. */
export function withLostDashes(q: QuizQuestion, sites: readonly Site[]): QuizQuestion {
  if (!sites.length) return q;
  const opts = (xs?: { id: string; text: string }[]) => xs?.map((o) => ({ ...o, text: restore(o.text, sites) }));
  const out: QuizQuestion = { ...q, prompt: restore(q.prompt, sites), explanation: restore(q.explanation, sites) };
  if (q.options) out.options = opts(q.options);
  if (q.left) out.left = opts(q.left);
  if (q.right) out.right = opts(q.right);
  if (q.items) out.items = opts(q.items);
  return out;
}
