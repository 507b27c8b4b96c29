/**
 * The product's vocabulary, defined once: the kinds of question and of fact,
 * their types and the words shown for them. The database schema, the zod
 * schemas of the forms, the pipeline and every page import these.
 */

export const QUESTION_KINDS = ["single_choice", "true_false", "cloze", "matching", "ordering"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABEL: Record<QuestionKind, string> = {
  single_choice: "Multiple choice",
  true_false: "True or false",
  cloze: "Fill in the blank",
  matching: "Matching",
  ordering: "Put in order",
};

export const FACT_KINDS = ["acronym", "role", "quote", "event", "description"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** One fact of the kind ("Role"), in lists of facts. */
export const FACT_KIND_LABEL: Record<FactKind, string> = {
  acronym: "Acronym",
  role: "Role",
  quote: "Quote",
  event: "Event",
  description: "Description",
};

/** A group of facts of the kind, in mastery tables and heatmaps. */
export const FACT_KIND_GROUP_LABEL: Record<FactKind, string> = {
  acronym: "Acronyms",
  role: "People and roles",
  quote: "Quotes",
  event: "Dates and events",
  description: "Organisations and descriptions",
};

export const isFactKind = (v: unknown): v is FactKind => FACT_KINDS.includes(v as FactKind);

/** What an instructor can do to a question on its curation page; each is recorded in its history. */
export const CURATION_ACTIONS = ["approve", "retire", "restore", "edit", "regenerate"] as const;
export type CurationAction = (typeof CURATION_ACTIONS)[number];

/** The past tense shown in a question's history ("Irene Instructor approved it"). */
export const CURATION_ACTION_LABEL: Record<CurationAction, string> = {
  approve: "approved",
  retire: "retired",
  restore: "restored as a draft",
  edit: "edited",
  regenerate: "went back to the generated version",
};

/** What a student can say is wrong with a question, from the feedback after answering it. */
export const REPORT_REASONS = ["wrong_answer", "unclear", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABEL: Record<ReportReason, string> = {
  wrong_answer: "The answer is wrong",
  unclear: "The question is unclear",
  other: "Something else",
};

/** How an instructor closed a report: the question was edited (a new version) or retired, or the report dismissed. */
export const REPORT_RESOLUTIONS = ["edited", "retired", "dismissed"] as const;
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];

export const REPORT_RESOLUTION_LABEL: Record<ReportResolution, string> = {
  edited: "Resolved: the question was edited",
  retired: "Resolved: the question was retired",
  dismissed: "Dismissed",
};
