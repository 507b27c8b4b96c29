/**
 * What an instructor sees before adding an article: the facts the pipeline
 * finds and the questions it would draft. Runs the pure pipeline on this
 * article alone (the library run that follows the save shares distractors
 * across articles, so a few options may differ).
 */
import type { FactKind, QuestionKind } from "@/lib/kinds";
import { buildQuiz } from "@/lib/quiz";

export type ArticlePreview = {
  title: string;
  facts: { kind: FactKind; text: string; sentence: string }[];
  questions: { kind: QuestionKind; factKind: FactKind; prompt: string; sentence: string }[];
};

export function previewArticle(slug: string, text: string, title: string): ArticlePreview {
  const {
    facts: [facts],
    questions,
  } = buildQuiz([{ slug, text }]);
  const list: ArticlePreview["facts"] = [];
  if (facts) {
    for (const a of facts.acronyms)
      list.push({ kind: "acronym", text: `${a.short} stands for ${a.long}`, sentence: a.evidence.sentence });
    for (const r of facts.roles)
      list.push({
        kind: "role",
        text: `${r.person}: ${r.title}${r.organization ? `, ${r.organization}` : ""}`,
        sentence: r.evidence.sentence,
      });
    for (const q of facts.quotes)
      list.push({ kind: "quote", text: `${q.speaker ?? "Unattributed"}: “${q.text}”`, sentence: q.evidence.sentence });
    for (const e of facts.events)
      list.push({ kind: "event", text: `${e.when}: ${e.what}`, sentence: e.evidence.sentence });
    for (const d of facts.descriptions)
      list.push({ kind: "description", text: `${d.subject}: ${d.text}`, sentence: d.evidence.sentence });
  }
  return {
    title,
    facts: list,
    questions: questions.map((q) => ({
      kind: q.kind,
      factKind: q.fact.kind,
      prompt: q.prompt,
      sentence: q.source.sentence,
    })),
  };
}

/** A title or file name as an article slug: lower case letters, digits and dashes. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** An uploaded file's name made acceptable to the importer, keeping its extension. */
export function uploadFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const m = /^(.*?)(\.(md|txt))?$/i.exec(base)!;
  return `${slugify(m[1] ?? "") || "article"}${(m[2] ?? ".md").toLowerCase()}`;
}
