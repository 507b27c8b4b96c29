import type { ReportReason, ReportResolution } from "@/lib/kinds";

export type ReportEntry = {
  id: string;
  questionId: string;
  version: number;
  prompt: string;
  articleSlug: string;
  reason: ReportReason;
  comment: string | null;
  student: string;
  createdAt: Date;
  resolution: ReportResolution | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
};

export type ReportedQuestion = {
  questionId: string;
  articleSlug: string;
  /** The prompt of the newest version reported. */
  prompt: string;
  open: number;
  reports: ReportEntry[];
};

/**
 * Reports grouped by question, as the instructor's pages list them: questions
 * with open reports first (most open first), each question's open reports
 * before the resolved ones, newest first within each.
 */
export function groupReports(rows: ReportEntry[]): ReportedQuestion[] {
  const byQuestion = new Map<string, ReportedQuestion>();
  for (const r of rows) {
    const q = byQuestion.get(r.questionId) ?? {
      questionId: r.questionId,
      articleSlug: r.articleSlug,
      prompt: r.prompt,
      open: 0,
      reports: [],
    };
    if (r.version >= Math.max(...q.reports.map((x) => x.version), 0)) q.prompt = r.prompt;
    if (r.resolution === null) q.open += 1;
    q.reports.push(r);
    byQuestion.set(r.questionId, q);
  }
  const newestFirst = (a: ReportEntry, b: ReportEntry) =>
    Number(a.resolution !== null) - Number(b.resolution !== null) || b.createdAt.getTime() - a.createdAt.getTime();
  return [...byQuestion.values()]
    .map((q) => ({ ...q, reports: q.reports.sort(newestFirst) }))
    .sort((a, b) => b.open - a.open || a.prompt.localeCompare(b.prompt));
}
