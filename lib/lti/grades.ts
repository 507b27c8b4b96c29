/** Assignment and Grade Services: the score message and when to try again. Pure. */

export const SCORE_MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
export const LINE_ITEM_MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitem+json";

const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;

/**
 * How long to wait after the nth failure in a row: 30 s, doubling, at most
 * six hours. There is no last try: a grade stays owed until the platform
 * takes it or the instructor removes the activity.
 */
export function retryDelayMs(failures: number): number {
  const n = Math.max(1, failures);
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(n - 1, 30));
}

/** After this many failures in a row the results page shows the grade as failing, not just pending. */
export const FAILING_AFTER = 3;

/** The scores endpoint of a line item: `/scores` added to its path, its query kept (LTI AGS 3.4). */
export function scoresUrl(lineItemUrl: string): string {
  const u = new URL(lineItemUrl);
  u.pathname = `${u.pathname.replace(/\/+$/, "")}/scores`;
  return u.toString();
}

export type ScoreMessage = {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  activityProgress: "Completed";
  gradingProgress: "FullyGraded";
  timestamp: string;
  comment?: string;
};

/** A finished attempt's score, as the platform's gradebook takes it. */
export function scoreMessage(input: { sub: string; score: number; maximum: number; at: Date }): ScoreMessage {
  return {
    userId: input.sub,
    scoreGiven: Math.max(0, Math.min(input.maximum, Math.round(input.score * 1000) / 1000)),
    scoreMaximum: input.maximum,
    activityProgress: "Completed",
    gradingProgress: "FullyGraded",
    timestamp: input.at.toISOString(),
  };
}

/** A line item for an activity whose launch brought none, keyed to its resource link. */
export function lineItemMessage(input: {
  label: string;
  maximum: number;
  resourceLinkId: string;
  assignmentId: string;
}) {
  return {
    scoreMaximum: input.maximum,
    label: input.label,
    resourceLinkId: input.resourceLinkId,
    resourceId: input.assignmentId,
    tag: "sourced",
  };
}
