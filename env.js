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
  // How many reverse proxies in front of the app append to X-Forwarded-For. 0: none,
  // so the rate limits count the socket's address and ignore the header.
  TRUSTED_PROXY_HOPS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "must be a whole number of proxies (0 when none)" })
      .int("must be a whole number of proxies (0 when none)")
      .min(0, "must be 0 or more")
      .max(10, "must be at most 10")
      .default(0),
  ),
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
