import "server-only";
import { after } from "next/server";
import {
  claimDueScores,
  markScoreFailed,
  markScoreSent,
  markScoreSkipped,
  scoreToSend,
  type DueScore,
} from "@/db/queries/lti/outbox";
import { saveLineItemUrl } from "@/db/queries/lti/links";
import { pruneLaunchRecords } from "@/db/queries/lti/logins";
import { lineItemMessage, retryDelayMs, scoreMessage } from "@/lib/lti/grades";
import { createLineItem, postScore } from "./ags";

async function deliver(row: DueScore, now: Date): Promise<boolean> {
  const target = await scoreToSend(row);
  if (!target) {
    await markScoreSkipped({ ...row, reason: "No finished attempt counts for this student.", now });
    return true;
  }
  try {
    let lineItemUrl = target.lineItemUrl;
    if (!lineItemUrl) {
      lineItemUrl = await createLineItem(
        target.platform,
        target.lineItemsUrl!,
        lineItemMessage({ label: target.title, maximum: target.maximum, ...row }),
      );
      await saveLineItemUrl({ platformId: row.platformId, resourceLinkId: row.resourceLinkId, url: lineItemUrl });
    }
    await postScore(
      target.platform,
      lineItemUrl,
      scoreMessage({ sub: target.sub, score: target.score, maximum: target.maximum, at: new Date() }),
    );
    await markScoreSent({ id: row.id, generation: row.generation, score: target.score, now: new Date() });
    return true;
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await markScoreFailed({ id: row.id, error, retryAt: new Date(now.getTime() + retryDelayMs(row.tries + 1)), now });
    return false;
  }
}

let running: Promise<{ sent: number; failed: number }> | null = null;

/**
 * Posts every grade that is due, a batch at a time. One run per process at a
 * time; several servers share the outbox through its leases.
 */
export function deliverDueScores(now = new Date()): Promise<{ sent: number; failed: number }> {
  running ??= (async () => {
    const tally = { sent: 0, failed: 0 };
    try {
      for (;;) {
        const batch = await claimDueScores({ now, limit: 20, leaseMs: 120_000 });
        for (const row of batch) tally[(await deliver(row, now)) ? "sent" : "failed"] += 1;
        if (batch.length < 20) return tally;
      }
    } finally {
      running = null;
    }
  })();
  return running;
}

/** After the response has gone out, post what is due (a finished attempt, a regrade). */
export function deliverScoresSoon(): void {
  after(() => deliverDueScores().catch((e) => console.error("[sourced] grade passback:", e)));
}

let timer: NodeJS.Timeout | undefined;

/**
 * Every 30 seconds for the life of the server: posts the grades that are due
 * (retries, and anything queued while no request ran), and forgets launch
 * records a day past their expiry.
 */
export function startLtiUpkeep(): void {
  timer ??= setInterval(() => {
    deliverDueScores().catch((e) => console.error("[sourced] grade passback:", e));
    pruneLaunchRecords().catch((e) => console.error("[sourced] LTI upkeep:", e));
  }, 30_000);
  timer.unref();
}
