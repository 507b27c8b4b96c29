import { loadLocalEnv, runScript } from "./lib/script-env";

loadLocalEnv();
await runScript(async () => {
  const { dbHandle } = await import("@/db");
  const { migrateDb } = await import("@/db/migrate");
  const handle = dbHandle();
  await migrateDb(handle);
  await handle.close();
  console.log(`migrations applied (${handle.driver})`);
});
