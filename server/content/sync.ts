import "server-only";
import type { Handle } from "@/db";
import { migrateDb } from "@/db/migrate";
import { SlugTakenError, upsertArticles, type ImportSummary } from "@/db/queries/articles";
import { ContentFileError, loadContentDir } from "./load";
import { NOTHING, planRegeneration, regenerateWhatChanged, type RegenerateSummary } from "./questions";

/** Reads a folder of articles and stores them in one transaction (added, updated or unchanged, by hash). */
export async function importContentDir(dir: string): Promise<ImportSummary> {
  return upsertArticles(loadContentDir(dir));
}

export type SyncResult = {
  /** null when the folder could not be imported (see importError) */
  imported: ImportSummary | null;
  importError?: string;
  questions: RegenerateSummary;
  /** the pipeline changed: the whole library is to be regenerated, left to the caller (the server, in the background) */
  fullRegenerationDeferred?: boolean;
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
  options: { dir: string; onBadFile: "throw" | "skip"; deferFull?: boolean },
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
  if (plan.full && options.deferFull)
    return { imported, importError, questions: NOTHING, fullRegenerationDeferred: true };
  const questions = await regenerateWhatChanged(undefined, plan);
  return { imported, importError, questions };
}

/** "3 added, 1 updated, 12 unchanged" and the question counts, for logs and the command line. */
export function describeSync(r: SyncResult): { content: string; questions: string } {
  const i = r.imported;
  const q = r.questions;
  return {
    content: i
      ? `${i.added.length} added, ${i.updated.length} updated, ${i.unchanged.length} unchanged`
      : `import stopped, nothing imported: ${r.importError}`,
    questions: `${q.added} added, ${q.changed} changed, ${q.retired} retired, ${q.unchanged} unchanged`,
  };
}
