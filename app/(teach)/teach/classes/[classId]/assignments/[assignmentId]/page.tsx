import type { Metadata } from "next";
import { LocalTime } from "@/components/local-time";
import { Suspense } from "react";
import { getItemInsight } from "@/db/queries/item-insight";
import { getAssignmentResults, type ResultsScope } from "@/db/queries/results";
import { assembleInsight } from "@/lib/teach/item-insight";
import { requireOwnedAssignment } from "@/server/teach";
import { MasteryHeatmap } from "../../../../../_components/mastery-heatmap";
import { PageHeader } from "../../../../../_components/page-header";
import { AnswersPerQuestion } from "../../../../../_components/results/answers-per-question";
import { FlaggedQuestions } from "../../../../../_components/results/flagged-questions";
import { GradePassback } from "../../../../../_components/results/grade-passback";
import { ItemTable } from "../../../../../_components/results/item-table";
import { ReportedQuestions } from "../../../../../_components/results/reported-questions";
import { ResultsMethod } from "../../../../../_components/results/results-method";
import { ScoreSummary } from "../../../../../_components/results/score-summary";
import { StudentsTable } from "../../../../../_components/results/students-table";
import { TypedAnswers } from "../../../../../_components/results/typed-answers";

export const metadata: Metadata = { title: "Class results" };

type Params = { params: Promise<{ classId: string; assignmentId: string }>; searchParams: Promise<{ page?: string }> };

export default async function ResultsPage({ params, searchParams }: Params) {
  const { assignment, scope, base } = await requireOwnedAssignment(params);
  const { classId, assignmentId } = scope;
  const policy = assignment.attemptPolicy;
  const page = Number.parseInt((await searchParams).page ?? "1", 10) || 1;

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/classes/${classId}`, label: assignment.className },
        ]}
        eyebrow="Class results"
        title={assignment.title}
        actions={
          <>
            <a href={`${base}/export/responses`} className="btn-secondary" download>
              Download responses (CSV)
            </a>
            <a href={`${base}/export/gradebook`} className="btn-secondary" download>
              Download gradebook (CSV)
            </a>
            <a href={`${base}/export/statistics`} className="btn-secondary" download>
              Download statistics (CSV)
            </a>
            <a href={`${base}/export`} className="btn-secondary">
              Export questions for an LMS
            </a>
          </>
        }
      >
        <p className="text-sm">
          {assignment.questionCount} questions · opened <LocalTime date={assignment.opensAt} />
          {assignment.dueAt ? (
            <>
              {" "}
              · due <LocalTime date={assignment.dueAt} />
            </>
          ) : (
            " · no due date"
          )}{" "}
          · {assignment.attemptsAllowed ?? "unlimited"} attempt{assignment.attemptsAllowed === 1 ? "" : "s"} allowed ·
          feedback {assignment.feedbackTiming === "immediate" ? "straight after each answer" : "after the due date"}
        </p>
      </PageHeader>

      <ResultsMethod classId={classId} assignmentId={assignmentId} policy={policy} />
      <GradePassback classId={classId} assignmentId={assignmentId} instructorId={scope.instructorId} />
      {/* The fallback holds a window's height, so the footer starts below the fold and the results
          streaming in do not push it down in view (a layout shift). */}
      <Suspense fallback={<p className="min-h-dvh text-stone-600 dark:text-stone-400">Computing the class results…</p>}>
        <ResultsSections scope={{ ...scope, policy }} title={assignment.title} base={base} page={page} />
      </Suspense>
    </div>
  );
}

/** Everything computed from the answers: streamed in once the statistics are ready. */
async function ResultsSections({
  scope,
  title,
  base,
  page,
}: {
  scope: ResultsScope;
  title: string;
  base: string;
  page: number;
}) {
  const [results, extra] = await Promise.all([getAssignmentResults(scope), getItemInsight(scope)]);
  const { analysis, questions, students } = results;
  const insight = assembleInsight({ questions, ...extra });
  const k = questions.length;
  const articles = [
    ...new Map(questions.map((q) => [q.articleId, { id: q.articleId, title: q.articleTitle }])).values(),
  ];
  return (
    <>
      <ScoreSummary analysis={analysis} title={`Score distribution for ${title}`} maxScore={k} />
      <FlaggedQuestions results={results} />
      <ReportedQuestions assignmentId={scope.assignmentId} />
      <ItemTable results={results} timing={insight.timing} base={base} />
      <TypedAnswers results={results} typed={insight.typed} classId={scope.classId} assignmentId={scope.assignmentId} />
      <AnswersPerQuestion results={results} />

      <section aria-labelledby="heat-heading" className="mt-12 print:break-before-page">
        <h2 id="heat-heading" className="text-xl font-semibold">
          Mastery by kind of fact
        </h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
          Mean mark of the counted attempts on questions about each kind of fact, per article.
        </p>
        <div className="card mt-4 p-4">
          <MasteryHeatmap cells={results.heat} articles={articles} />
        </div>
      </section>

      <StudentsTable students={students} base={base} page={page} maxScore={k} />
    </>
  );
}
