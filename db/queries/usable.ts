import "server-only";
import { and, eq, isNull, ne, or } from "drizzle-orm";
import { questions } from "../schema";

/**
 * A question practice and automatic quiz assembly may use: not retired, and
 * either sure (the pipeline held nothing back) or approved by an instructor
 * who checked the held-back draft.
 */
export const isUsable = and(
  ne(questions.status, "retired"),
  or(isNull(questions.heldReasons), eq(questions.status, "approved")),
)!;
