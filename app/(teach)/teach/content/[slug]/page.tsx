import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticleCuration } from "@/db/queries/curation";
import { requireInstructor } from "@/server/session";
import { FACT_KIND_LABEL, QUESTION_KIND_LABEL } from "@/lib/kinds";
import { fmtPct } from "@/lib/teach/format";
import { approveAllAction, curateAction } from "../../../content-actions";
import { EditQuestionForm } from "../../../_components/edit-question-form";
import { QuestionHistory } from "../../../_components/question-history";
import { ArticleReports } from "../../../_components/question-reports";
import { RegradeOffers } from "../../../_components/regrade-offers";
import { ExportPanel } from "../../../_components/export-panel";
import { EmptyState, PageHeader } from "../../../_components/page-header";
import { ArticleProcessing, isProcessing } from "../../../_components/article-processing";
import { latestJobOf } from "@/db/queries/content-jobs";
import { HeldDrafts, isHeldDraft } from "../../../_components/held-drafts";
import { QuestionKey } from "../../../_components/question-key";

export const metadata: Metadata = { title: "Review questions" };

type Params = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ added?: string; edited?: string; busy?: string }>;
};

const STATUS_CLASS: Record<string, string> = {
  draft: "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  approved: "bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50",
  retired: "bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100",
};

function Action({ id, intent, label, primary }: { id: string; intent: string; label: string; primary?: boolean }) {
  return (
    <form action={curateAction}>
      <input type="hidden" name="questionId" value={id} />
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={`${primary ? "btn-primary" : "btn-secondary"} px-3 py-1.5`}>
        {label}
      </button>
    </form>
  );
}

export default async function CurationPage({ params, searchParams }: Params) {
  const user = await requireInstructor();
  const { slug } = await params;
  const { added, edited, busy } = await searchParams;
  const data = await getArticleCuration(slug, user.id);
  if (!data) notFound();
  const { article, canCurate } = data;
  const held = data.questions.filter(isHeldDraft);
  const questions = data.questions.filter((q) => !isHeldDraft(q));
  const job = await latestJobOf(article.id);
  const processing = isProcessing(job);
  const drafts = questions.filter((q) => q.status === "draft");
  const count = (s: string) => questions.filter((q) => q.status === s).length;
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: "/teach/content", label: "Content library" },
        ]}
        eyebrow="Review questions"
        title={article.title}
        actions={
          <Link href={`/articles/${article.slug}`} className="btn-secondary">
            Read the article
          </Link>
        }
      >
        <span className="tabular-nums">
          {count("draft")} drafts · {count("approved")} approved · {count("retired")} retired
          {held.length > 0 && <a href="#held-heading"> · {held.length} held back</a>}
        </span>
      </PageHeader>

      {added && !processing && (
        <p
          role="status"
          className="mb-6 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-800 dark:border-brand-800 dark:bg-brand-800/30 dark:text-brand-100"
        >
          The article is in the library. Its questions are drafts: approve the ones you would put in front of a class.
        </p>
      )}
      <ArticleProcessing job={job} slug={article.slug} canCurate={canCurate} busy={!!busy} />
      {edited && (
        <p
          role="status"
          className="mb-6 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-800 dark:border-brand-800 dark:bg-brand-800/30 dark:text-brand-100"
        >
          Saved as a new version. Answers already given stay with the version they answered.
        </p>
      )}
      {edited && <RegradeOffers questionId={edited} instructorId={user.id} />}

      <ArticleReports articleId={article.id} instructorId={user.id} />

      {!canCurate && (
        <p
          role="note"
          className="mb-6 rounded-lg border border-stone-300 bg-stone-50 px-4 py-3 text-sm dark:border-stone-700 dark:bg-stone-900"
        >
          {article.addedBy ?? "Another instructor"} added this article, so only they can change its questions. You can
          still use them in your assignments.
        </p>
      )}

      {canCurate && drafts.length > 0 && (
        <form action={approveAllAction} className="mb-6 flex flex-wrap items-center gap-3">
          {drafts.map((q) => (
            <input key={q.id} type="hidden" name="questionIds" value={q.id} />
          ))}
          <button type="submit" className="btn-primary">
            Approve all {drafts.length} drafts
          </button>
          <p className="text-sm text-stone-600 dark:text-stone-400">Or approve them one by one below.</p>
        </form>
      )}

      {questions.length > 0 && (
        <section aria-labelledby="export-heading" className="mb-8">
          <h2 id="export-heading" className="mb-3 text-xl font-semibold">
            Export to a learning-management system
          </h2>
          <ExportPanel
            action={`/teach/content/${encodeURIComponent(article.slug)}/export`}
            formId="export-form"
            approvedCount={count("approved")}
          />
        </section>
      )}

      {processing && data.questions.length === 0 ? null : data.questions.length === 0 ? (
        <EmptyState title="No questions">The pipeline found no facts it could ask about in this article.</EmptyState>
      ) : (
        <ol className="space-y-4">
          {questions.map((q) => {
            const current = q.stats.find((s) => s.version === q.currentVersion);
            return (
              <li key={q.id} id={`q-${q.id}`} className="card scroll-mt-4 p-5 target:ring-2 target:ring-amber-400">
                <div className="flex flex-wrap items-center gap-2 text-xs">
                  <span className={`rounded-full px-2 py-0.5 font-semibold ${STATUS_CLASS[q.status]}`}>{q.status}</span>
                  <span className="text-stone-600 dark:text-stone-400">
                    {QUESTION_KIND_LABEL[q.kind]} · {FACT_KIND_LABEL[q.factKind]} · version {q.currentVersion} (
                    {q.origin === "edited" ? "edited" : "generated"})
                    {q.status === "retired" && q.retiredReason === "not_generated" ? " · no longer generated" : ""}
                  </span>
                </div>
                <h2 className="mt-2 text-lg font-semibold">{q.prompt}</h2>
                <QuestionKey q={q} />
                <blockquote className="mt-3 border-l-4 border-amber-300 pl-3 text-sm text-stone-700 dark:text-stone-300">
                  <span className="font-semibold">Source sentence:</span> {q.sourceSentence}
                </blockquote>
                <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
                  <span className="font-semibold">Live statistics:</span>{" "}
                  {q.stats.length === 0
                    ? "not answered yet."
                    : q.stats
                        .map(
                          (s) =>
                            `version ${s.version}: ${s.n} answer${s.n === 1 ? "" : "s"}, facility ${fmtPct(s.facility, 0)}`,
                        )
                        .join(" · ")}
                  {q.stats.length > 0 && !current ? ` · version ${q.currentVersion}: not answered yet` : ""}
                </p>
                {!canCurate && q.status !== "retired" && (
                  <label className="mt-4 flex items-center gap-2 text-sm font-medium">
                    <input type="checkbox" name="q" value={q.id} form="export-form" />
                    Include in export<span className="sr-only">: {q.prompt}</span>
                  </label>
                )}
                {canCurate && (
                  <>
                    <div className="mt-4 flex flex-wrap items-center gap-2">
                      {q.status !== "retired" && (
                        <label className="mr-2 flex items-center gap-2 text-sm font-medium">
                          <input type="checkbox" name="q" value={q.id} form="export-form" />
                          Include in export<span className="sr-only">: {q.prompt}</span>
                        </label>
                      )}
                      {q.status !== "approved" && q.status !== "retired" && (
                        <Action id={q.id} intent="approve" label="Approve" primary />
                      )}
                      {q.status === "retired" && <Action id={q.id} intent="restore" label="Restore as draft" />}
                      {q.status !== "retired" && <Action id={q.id} intent="retire" label="Retire" />}
                      {q.currentVersion !== q.generatedVersion && (
                        <Action id={q.id} intent="regenerate" label="Back to generated version" />
                      )}
                    </div>
                    <details className="mt-3">
                      <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-200">
                        Edit this question
                      </summary>
                      <EditQuestionForm
                        q={{
                          id: q.id,
                          kind: q.kind,
                          prompt: q.prompt,
                          explanation: q.explanation,
                          options: q.options,
                          answer: q.answer,
                          accept: q.accept,
                        }}
                      />
                    </details>
                  </>
                )}
                <QuestionHistory entries={q.history} />
              </li>
            );
          })}
        </ol>
      )}
      <HeldDrafts questions={held} canCurate={canCurate} />
    </div>
  );
}
