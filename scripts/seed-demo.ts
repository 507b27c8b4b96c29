// Prepares the database as a server's first start does, without serving: migrate, import content/,
// and in demo mode (the embedded database, DEMO unset or 1) the demo accounts and the demo class.
// The end-to-end server runs it before adding its own accounts, so the demo class exists there too.
//   PGLITE_DIR=.data/x npm run seed:demo
import { loadLocalEnv, runScript } from "./lib/script-env";

loadLocalEnv();
await runScript(async () => {
  const { dbHandle } = await import("@/db");
  const { boot } = await import("@/server/boot");
  await boot();
  await dbHandle().close();
});
