// Parsed once, by zod: a bad value fails `next build` (next.config.js imports
// this file) and every script, with a message naming the variable.
import { z } from "zod";

const blankToUndefined = (/** @type {unknown} */ v) => (v === "" ? undefined : v);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset: the embedded PGlite database under PGLITE_DIR. Set: a PostgreSQL server.
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// connection URL")
      .optional(),
  ),
  PGLITE_DIR: z.preprocess(blankToUndefined, z.string().default(".data/pglite")),
  AUTH_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .min(32, "must be at least 32 characters (npx auth secret, or delete it to have one generated)")
      .optional(),
  ),
  // Demo accounts: on by default with the embedded database, off with DATABASE_URL.
  DEMO: z.preprocess(blankToUndefined, z.enum(["0", "1"]).optional()),
  INSTRUCTOR_INVITE_CODE: z.preprocess(blankToUndefined, z.string().min(8, "must be at least 8 characters").optional()),
  CONTENT_DIR: z.preprocess(blankToUndefined, z.string().default("content")),
});

/** @typedef {z.infer<typeof schema> & { demoMode: boolean }} Env */

/** @type {Env | undefined} */
let cached;

/** @returns {Env} */
export function env() {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const demoMode = e.DEMO === "1" || (e.DEMO !== "0" && !e.DATABASE_URL);
  cached = { ...e, demoMode };
  return cached;
}
