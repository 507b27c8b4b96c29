import { loadLocalEnv, runScript } from "./lib/script-env";

loadLocalEnv();
await runScript(async () => {
  const { env } = await import("@/env.js");
  const { dbHandle } = await import("@/db");
  const { migrateDb } = await import("@/db/migrate");
  const { loadContentDir } = await import("@/server/content/load");
  const { upsertArticles } = await import("@/db/queries/articles");
  const { regenerateWhatChanged } = await import("@/server/content/questions");
  const dir = process.argv[2] ?? env().CONTENT_DIR;
  // Parse everything before opening the database: a bad file changes nothing.
  const records = loadContentDir(dir);
  const handle = dbHandle();
  await migrateDb(handle);
  const s = await upsertArticles(records);
  const q = await regenerateWhatChanged();
  await handle.close();
  const list = (label: string, slugs: string[]) => (slugs.length ? `\n  ${label}: ${slugs.join(", ")}` : "");
  console.log(
    `imported ${records.length} article(s) from ${dir}: ${s.added.length} added, ${s.updated.length} updated, ${s.unchanged.length} unchanged` +
      list("added", s.added) +
      list("updated", s.updated) +
      `\nquestions: ${q.added} added, ${q.changed} changed, ${q.retired} retired, ${q.unchanged} unchanged`,
  );
});
