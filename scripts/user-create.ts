import { loadLocalEnv, parseFlags, runScript } from "./lib/script-env";

const USAGE = `usage: npm run user:create -- --email EMAIL --password PASSWORD [--name NAME] [--role student|instructor] [--if-missing]`;

loadLocalEnv();
await runScript(async () => {
  const { "if-missing": ifMissing, ...flags } = parseFlags(process.argv.slice(2));
  const { z } = await import("zod");
  const { PASSWORD_MAX, PASSWORD_MIN, hashPassword } = await import("@/server/auth/password");
  const input = z
    .object({
      email: z.email("--email must be an email address"),
      password: z
        .string(`--password is required\n${USAGE}`)
        .min(PASSWORD_MIN, `--password must be at least ${PASSWORD_MIN} characters`)
        .max(PASSWORD_MAX, `--password must be at most ${PASSWORD_MAX} characters`),
      name: z.string().min(1).max(100).optional(),
      role: z.enum(["student", "instructor"], "--role must be student or instructor").default("student"),
    })
    .safeParse(flags);
  if (!input.success) throw new Error(input.error.issues.map((i) => i.message).join("; ") + `\n${USAGE}`);
  const { email, password, role } = input.data;
  const { dbHandle } = await import("@/db");
  const { migrateDb } = await import("@/db/migrate");
  const { createUser, DuplicateEmailError } = await import("@/db/queries/users");
  const handle = dbHandle();
  await migrateDb(handle);
  try {
    const user = await createUser({
      email,
      name: input.data.name ?? email.split("@")[0]!,
      role,
      passwordHash: await hashPassword(password),
    });
    console.log(`created ${user.role} ${user.email}`);
  } catch (e) {
    // --if-missing makes set-up scripts safe to run twice against one database.
    if (!(ifMissing && e instanceof DuplicateEmailError)) throw e;
    console.log(`${email} already exists; left unchanged`);
  } finally {
    await handle.close();
  }
});
