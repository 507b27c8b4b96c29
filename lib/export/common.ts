/** What every exporter shares: choosing and checking questions, names, feedback text. */
import type { Option } from "@/lib/quiz/types";
import type { ExportArticle, ExportInput, ExportNote, ExportQuestion } from "./types";

/** The checked question list: every question here has the fields its kind needs. */
export function selectQuestions(input: ExportInput): { questions: ExportQuestion[]; notes: ExportNote[] } {
  const notes: ExportNote[] = [];
  const wanted = input.selection ? new Set(input.selection) : null;
  if (wanted) {
    const known = new Set(input.questions.map((q) => q.id));
    for (const id of wanted) {
      if (!known.has(id))
        notes.push({ questionId: id, action: "omitted", reason: "No question of this article has this id." });
    }
  }
  const questions: ExportQuestion[] = [];
  for (const q of input.questions) {
    if (wanted && !wanted.has(q.id)) continue;
    const problem = problemOf(q);
    if (problem)
      notes.push({
        questionId: q.id,
        kind: q.kind,
        action: "omitted",
        reason: `The question is incomplete: ${problem}.`,
      });
    else questions.push(q);
  }
  return { questions, notes };
}

/** a is b in some order: same length, no repeats, nothing else. */
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set(a).size === a.length && a.every((id) => b.includes(id));

/** Why a question cannot be exported as it stands, or undefined when it can. */
export function problemOf(q: ExportQuestion): string | undefined {
  if (!q.prompt.trim()) return "it has no prompt";
  switch (q.kind) {
    case "single_choice": {
      const opts = q.options ?? [];
      if (opts.length < 2) return "it has fewer than two options";
      return opts.some((o) => o.id === q.answer) ? undefined : "its answer is not one of its options";
    }
    case "true_false":
      return typeof q.answer === "boolean" ? undefined : "its answer is not true or false";
    case "cloze":
      return typeof q.answer === "string" && q.answer.trim() ? undefined : "it has no answer";
    case "matching": {
      const left = q.left ?? [],
        right = new Set((q.right ?? []).map((o) => o.id));
      const answer = q.answer;
      if (left.length < 2) return "it has fewer than two pairs";
      if (!answer || typeof answer !== "object" || Array.isArray(answer)) return "its answer is not a set of pairs";
      return left.every((l) => right.has(answer[l.id]))
        ? undefined
        : "a left item has no partner among the right items";
    }
    case "ordering": {
      const items = q.items ?? [];
      if (items.length < 2) return "it has fewer than two items";
      const ok =
        Array.isArray(q.answer) &&
        sameIds(
          q.answer,
          items.map((i) => i.id),
        );
      return ok ? undefined : "its answer is not an order of its items";
    }
  }
  return "its kind is unknown";
}

export const optionText = (options: readonly Option[] | undefined, id: string) =>
  options?.find((o) => o.id === id)?.text ?? "";

/** The typed answers a cloze accepts: the answer first, then the alternatives, each once (case aside). */
export function clozeAnswers(q: ExportQuestion): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of [q.answer as string, ...(q.accept ?? [])]) {
    const t = a.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** Matching as (left, right) text pairs in the left column's order, plus right items no left item takes. */
export function matchingPairs(q: ExportQuestion): { pairs: { left: Option; right: Option }[]; distractors: Option[] } {
  const answer = q.answer as Record<string, string>;
  const right = q.right ?? [];
  const pairs = (q.left ?? []).map((left) => ({ left, right: right.find((r) => r.id === answer[left.id])! }));
  const taken = new Set(pairs.map((p) => p.right.id));
  return { pairs, distractors: right.filter((r) => !taken.has(r.id)) };
}

/** Ordering items in their right order. */
export function orderedItems(q: ExportQuestion): Option[] {
  return (q.answer as string[]).map((id) => q.items!.find((i) => i.id === id)!);
}

/**
 * The explanation, and the source sentence unless the explanation already quotes
 * it: most generated explanations do, and the learner should not read it twice.
 */
export function feedbackParts(q: ExportQuestion): { explanation: string; source?: string } {
  const explanation = q.explanation.trim();
  const sentence = q.source.sentence.trim();
  return sentence && !explanation.includes(sentence) ? { explanation, source: sentence } : { explanation };
}

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(" ", max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** A question bank name: the start of the prompt, and the Sourced id to trace it back. */
export const questionName = (q: ExportQuestion) => `${truncate(q.prompt.replace(/\s+/g, " ").trim(), 80)} (${q.id})`;

/** The title of the article a question comes from: its own when the file spans several. */
export const sourceTitle = (q: ExportQuestion, article: ExportArticle) => q.articleTitle ?? article.title;

/** General feedback as HTML: the explanation, then where it comes from. */
export function feedbackHtml(q: ExportQuestion, article: ExportArticle): string {
  const { explanation, source } = feedbackParts(q);
  const from = `Source: <cite>${htmlText(sourceTitle(q, article))}</cite>${source ? `: “${htmlText(source)}”` : ""}`;
  return `<p>${htmlText(explanation)}</p><p>${from}</p>`;
}

/**
 * Moodle's question category for an article: `$course$/Sourced/<title>`. A slash
 * inside a name is doubled, and a name that would start or end with one is padded
 * with a space, as Moodle's own exporter writes it (qformat_default::assemble_category_path).
 */
export function moodleCategory(article: ExportArticle): string {
  const title = article.title.replace(/\s+/g, " ").trim() || article.slug;
  let escaped = title.replace(/\//g, "//");
  if (escaped.startsWith("/")) escaped = ` ${escaped}`;
  if (escaped.endsWith("/")) escaped = `${escaped} `;
  return `$course$/Sourced/${escaped}`;
}

const HTML_SPECIAL = /[&<>]/g;
const HTML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
/** Plain text as HTML text: our text is never markup, so a "<b>" in an article stays visible as typed. */
export const htmlText = (s: string) => s.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c]);

/** Characters XML 1.0 forbids anywhere (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (s: string) => s.replace(XML_FORBIDDEN, "");

/** A file name safe in a Content-Disposition header on every browser: `sourced-<slug>-<what>.<ext>`. */
export function exportFileName(article: ExportArticle, what: string, ext: string): string {
  const base = `sourced-${article.slug}-${what}`
    .normalize("NFKD")
    // Accents come apart under NFKD; drop the marks so "über" stays one word.
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w.-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 100);
  return `${base}.${ext}`;
}
