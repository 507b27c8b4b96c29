import type { latestJobOf } from "@/db/queries/content-jobs";
import { regenerateArticleAction } from "../content-actions";
import { RefreshWhile } from "./refresh-while";

export const isProcessing = (job: Awaited<ReturnType<typeof latestJobOf>>) =>
  job?.status === "queued" || job?.status === "running";

const BOX = "mb-6 rounded-lg border px-4 py-3 text-sm font-medium";
const INFO = `${BOX} border-brand-200 bg-brand-50 text-brand-800 dark:border-brand-800 dark:bg-brand-800/30 dark:text-brand-100`;
const ALERT = `${BOX} border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100`;

function RegenerateButton({ slug, label }: { slug: string; label: string }) {
  return (
    <form action={regenerateArticleAction} className="mb-6">
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" className="btn-secondary">
        {label}
      </button>
    </form>
  );
}

/**
 * Where the article's pipeline work stands: being processed (the page follows
 * it until the questions are in), failed with the reason, or done, with a way
 * for whoever may curate it to have its questions written again.
 */
export function ArticleProcessing({
  job,
  slug,
  canCurate,
  busy,
}: {
  job: Awaited<ReturnType<typeof latestJobOf>>;
  slug: string;
  canCurate: boolean;
  busy: boolean;
}) {
  if (isProcessing(job))
    return (
      <p role="status" className={INFO}>
        <RefreshWhile />
        Processing: Sourced is reading the article and writing its questions. This page shows them when they are ready;
        the rest of the site works as usual meanwhile.
      </p>
    );
  return (
    <>
      {busy && (
        <p role="alert" className={ALERT}>
          You have started several articles or regenerations in the last minute. Wait a minute, then try again.
        </p>
      )}
      {job?.status === "failed" && (
        <p role="alert" className={ALERT}>
          The questions could not be written: {job.error}. The article is stored; try again, or add a shorter version of
          it.
        </p>
      )}
      {canCurate && (
        <RegenerateButton
          slug={slug}
          label={job?.status === "failed" ? "Try again" : "Write the questions again from the article"}
        />
      )}
    </>
  );
}
