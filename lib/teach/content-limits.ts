/**
 * The limits on an article an instructor adds, stated on the form. An article
 * over the size limits is refused before any work; one whose pipeline outlives
 * the time limit is stopped and its job failed with that reason (the article
 * stays stored).
 */
export const CONTENT_LIMITS = { maxBytes: 500_000, maxWords: 60_000, timeLimitMs: 120_000 } as const;

/** The limits in words, for the form's hint. */
export const CONTENT_LIMITS_TEXT = `Up to ${CONTENT_LIMITS.maxBytes / 1000} KB and ${CONTENT_LIMITS.maxWords.toLocaleString("en")} words. Sourced writes the questions in the background, within ${CONTENT_LIMITS.timeLimitMs / 60_000} minutes, while the rest of the site keeps working.`;
