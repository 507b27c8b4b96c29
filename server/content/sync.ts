import "server-only";
import type { Handle } from "@/db";
import { migrateDb } from "@/db/migrate";
import { SlugTakenError, upsertArticles, type ImportSummary } from "@/db/queries/articles";
import { ContentFileError, loadContentDir } from "./load";
import { planRegeneration, regenerateWhatChanged, type RegenerationPlan, type RegenerateSummary } from "./questions";

/** Reads a folder of articles and stores them in one transaction (added, updated or unchanged, by hash). */
export async function importContentDir(dir: string): Promise<ImportSummary> {
  return upsertArticles(loadContentDir(dir));
}

export type SyncResult = {
  /** null when the folder could not be imported (see importError) */
  imported: ImportSummary | null;
  importError?: string;
  /** what was regenerated; null when that was left to the caller (`defer`) */
  questions: RegenerateSummary | null;
  plan: RegenerationPlan;
};

/**
 * Brings a database in line with a content folder: migrate, import the folder's
 * articles, regenerate the questions of what changed (nothing when neither the
 * content nor the pipeline version did). Every file is read and parsed before
 * anything is written, so a bad file changes nothing. `onBadFile: "skip"` (the
 * server at start-up) keeps serving the articles already stored and reports
 * the problem; "throw" (the command line) stops with it.
 */
export async function syncContent(
  handle: Handle,
  options: { dir: string; onBadFile: "throw" | "skip"; defer?: boolean },
): Promise<SyncResult> {
  let records;
  let importError: string | undefined;
  try {
    records = loadContentDir(options.dir);
  } catch (e) {
    if (options.onBadFile === "throw" || !(e instanceof ContentFileError)) throw e;
    importError = e.message;
  }
  await migrateDb(handle);
  let imported: ImportSummary | null = null;
  if (records) {
    try {
      imported = await upsertArticles(records);
    } catch (e) {
      if (options.onBadFile === "throw" || !(e instanceof SlugTakenError)) throw e;
      importError = e.message;
    }
  }
  const plan = await planRegeneration();
  // The server hands the work to its content runner, off the request thread,
  // except on a new database, which has no questions to serve meanwhile.
  if (options.defer && !plan.fresh) return { imported, importError, questions: null, plan };
  const questions = await regenerateWhatChanged(undefined, plan);
  return { imported, importError, questions, plan };
}

/** "3 added, 1 updated, 12 unchanged" and the question counts, for logs and the command line. */
export function describeSync(r: SyncResult): { content: string; questions: string } {
  const i = r.imported;
  const q = r.questions;
  return {
    content: i
      ? `${i.added.length} added, ${i.updated.length} updated, ${i.unchanged.length} unchanged`
      : `import stopped, nothing imported: ${r.importError}`,
    questions: q
      ? `${q.added} added, ${q.changed} changed, ${q.retired} retired, ${q.unchanged} unchanged`
      : r.plan.full
        ? "the whole library is regenerated in the background (new pipeline version)"
        : r.plan.articleIds.length
          ? `${r.plan.articleIds.length} changed article(s) queued for regeneration`
          : "up to date, nothing regenerated",
  };
}
