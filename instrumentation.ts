export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { boot } = await import("./lib/server/boot");
  try {
    await boot();
  } catch (e) {
    // A server that cannot open its database or import its content must not
    // come up half-working: say why and stop.
    console.error(`[sourced] cannot start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
