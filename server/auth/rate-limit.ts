import "server-only";
import { clearKey, lockIfExhausted, refundAttempt, takeAttempts, type LimitRule } from "@/db/queries/rate-limits";

const MINUTE = 60_000;

/**
 * Sign-in limits. Per account *and* address: 5 failures in 15 minutes lock
 * that pair for 1 minute, then 2, 4 … up to an hour, so an attacker cannot
 * lock the owner out from elsewhere. Per address, whatever the account: 50
 * failures in 15 minutes lock the address for 5 minutes, doubling up to an
 * hour, so one school's NAT can make many typos before anyone there is locked.
 * Sign-up: 60 attempts per address in 10 minutes, so a class of 60 behind one
 * NAT can sign up together while probing emails stays slow.
 */
export const SIGN_IN_PER_ACCOUNT_AND_ADDRESS: LimitRule = {
  max: 5,
  windowMs: 15 * MINUTE,
  lockMs: MINUTE,
  maxLockMs: 60 * MINUTE,
};
export const SIGN_IN_PER_ADDRESS: LimitRule = {
  max: 50,
  windowMs: 15 * MINUTE,
  lockMs: 5 * MINUTE,
  maxLockMs: 60 * MINUTE,
};
export const SIGN_UP_PER_ADDRESS: LimitRule = { max: 60, windowMs: 10 * MINUTE, lockMs: 0, maxLockMs: 0 };

const pairKey = (email: string, address: string) => `sign-in:${email.trim().toLowerCase()}|${address}`;
const addressKey = (address: string) => `sign-in:${address}`;

/**
 * Counts a sign-in attempt before its password is checked, so a parallel
 * batch gets at most the limit checked. Returns what to call once the
 * password has been checked, or null when the attempt is refused.
 */
export async function beginSignIn(
  email: string,
  address: string,
  now: Date,
): Promise<{ succeeded: () => Promise<void>; failed: () => Promise<void> } | null> {
  const pair = pairKey(email, address);
  const addr = addressKey(address);
  const taken = await takeAttempts(
    [
      { key: pair, rule: SIGN_IN_PER_ACCOUNT_AND_ADDRESS },
      { key: addr, rule: SIGN_IN_PER_ADDRESS },
    ],
    now,
  );
  if (!taken.allowed) return null;
  return {
    async succeeded() {
      await clearKey(pair);
      await refundAttempt(addr);
    },
    async failed() {
      await lockIfExhausted(pair, SIGN_IN_PER_ACCOUNT_AND_ADDRESS, now);
      await lockIfExhausted(addr, SIGN_IN_PER_ADDRESS, now);
    },
  };
}

/** Counts a sign-up from this address; false when the address is over its limit. */
export async function takeSignUp(address: string, now: Date): Promise<boolean> {
  return (await takeAttempts([{ key: `sign-up:${address}`, rule: SIGN_UP_PER_ADDRESS }], now)).allowed;
}

/**
 * Content work an instructor starts (checking or adding an article, having an
 * article's questions written again): each runs the whole pipeline, so a few
 * a minute per instructor.
 */
export const CONTENT_WORK_PER_INSTRUCTOR: LimitRule = { max: 6, windowMs: MINUTE, lockMs: 0, maxLockMs: 0 };

/** Counts one piece of content work; false when the instructor is over the limit for now. */
export async function takeContentWork(instructorId: string, now: Date): Promise<boolean> {
  return (await takeAttempts([{ key: `content:${instructorId}`, rule: CONTENT_WORK_PER_INSTRUCTOR }], now)).allowed;
}
