import { loadLocalEnv, parseFlags, runScript } from "./lib/script-env";

// Disabling ends every session of the account at once.
loadLocalEnv();
await runScript(async () => {
  const flags = parseFlags(process.argv.slice(2));
  if (!flags.email) throw new Error("usage: npm run user:disable -- --email EMAIL [--enable]");
  const { dbHandle } = await import("@/db");
  const { migrateDb } = await import("@/db/migrate");
  const { setUserDisabled } = await import("@/db/queries/users");
  const handle = dbHandle();
  await migrateDb(handle);
  const enable = flags.enable === "true";
  const found = await setUserDisabled(flags.email, !enable);
  await handle.close();
  if (!found) throw new Error(`no account with the email ${flags.email}`);
  console.log(`${enable ? "enabled" : "disabled"} ${flags.email}; its existing sessions are signed out`);
});
