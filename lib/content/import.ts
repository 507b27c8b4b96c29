import "server-only";
import { upsertArticles, type ImportSummary } from "@/db/queries/articles";
import { loadContentDir } from "./load";

export async function importContentDir(dir: string): Promise<ImportSummary> {
  return upsertArticles(loadContentDir(dir));
}
