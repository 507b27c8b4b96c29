import { defineConfig } from "drizzle-kit";

// Generating migrations needs only the schema; no database is contacted.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema",
  out: "./db/migrations",
  casing: "snake_case",
});
