import type { AssignmentQuestion } from "@/lib/teach/results";

// Plain links, not <Link>: a full load lets the browser scroll to the question and highlight it (:target).
export const curationHref = (q: Pick<AssignmentQuestion, "articleSlug" | "questionId">) =>
  `/teach/content/${q.articleSlug}#q-${q.questionId}`;
