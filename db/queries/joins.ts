import "server-only";
import { and, eq } from "drizzle-orm";
import { attemptItems, questions, questionVersions } from "../schema";

/** The version of a question an attempt item was given (join condition). */
export const itemVersion = and(
  eq(questionVersions.questionId, attemptItems.questionId),
  eq(questionVersions.version, attemptItems.version),
);

/** The version of a question that is current (join condition). */
export const isCurrentVersion = and(
  eq(questionVersions.questionId, questions.id),
  eq(questionVersions.version, questions.currentVersion),
);
