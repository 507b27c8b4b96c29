import type { Metadata } from "next";
import Link from "next/link";
import { reviewOverview } from "@/db/queries/reviews";
import { LEARN_AHEAD_MS } from "@/lib/learn/review";
import { requireUser } from "@/server/session";
import { BarChart } from "../_components/bar-chart";
import { StartReviewButton } from "../_components/start-review-button";

export const metadata: Metadata = { title: "Review" };

function whenNext(next: Date, now: Date): string {
  const mins = Math.round((next.getTime() - now.getTime() - LEARN_AHEAD_MS) / 60_000);
  if (mins < 60) return `in ${Math.max(1, mins)} minute${mins === 1 ? "" : "s"}`;
  const hours = Math.round(mins / 60);
  if (hours < 36) return `in about ${hours} hour${hours === 1 ? "" : "s"}`;
  return `in ${Math.round(hours / 24)} days`;
}

export default async function ReviewPage() {
  const user = await requireUser();
  const now = new Date();
  const o = await reviewOverview(user.id, now);
  const days = ["Today", "Tomorrow", "In 2 days", "In 3 days", "In 4 days", "In 5 days", "In 6 days"];
  const bars = days.map((label, day) => {
    const n = o.upcoming.find((u) => u.day === day)?.n ?? 0;
    return { label: day === 0 ? "24 h" : `+${day}d`, value: n, title: `${label}: ${n}` };
  });
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Review</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">
        Every fact you meet in a quiz comes back just before you would forget it. Miss one and it returns within
        minutes; get it right and the gap grows to days, then weeks.
      </p>

      <section aria-labelledby="due-heading" className="card mt-6 p-6">
        {o.due > 0 ? (
          <>
            <h2 id="due-heading" className="text-2xl font-bold">
              {o.due} {o.due === 1 ? "fact is" : "facts are"} due
            </h2>
            {o.dueByArticle.length > 0 && (
              <ul className="mt-2 text-stone-700 dark:text-stone-300">
                {o.dueByArticle.map((a) => (
                  <li key={a.slug}>
                    {a.n} from{" "}
                    <Link href={`/articles/${a.slug}`} className="underline underline-offset-2">
                      {a.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
              A review asks up to 10 of them, each in a different way from last time where it can.
            </p>
            <div className="mt-5">
              <StartReviewButton count={o.due} />
            </div>
          </>
        ) : o.total > 0 ? (
          <>
            <h2 id="due-heading" className="text-2xl font-bold">
              You are up to date
            </h2>
            <p className="mt-2 text-stone-700 dark:text-stone-300">
              Nothing is due{o.nextDue ? `; the next fact comes back ${whenNext(o.nextDue, now)}` : ""}.
            </p>
            <Link href="/practice" className="btn-secondary mt-4">
              Practise something new
            </Link>
          </>
        ) : (
          <>
            <h2 id="due-heading" className="text-2xl font-bold">
              Nothing to review yet
            </h2>
            <p className="mt-2 text-stone-700 dark:text-stone-300">
              Take a quiz: every fact it asks about is scheduled here.
            </p>
            <Link href="/practice" className="btn-primary mt-4">
              Take a quiz
            </Link>
          </>
        )}
      </section>

      {o.total > 0 && (
        <section aria-labelledby="schedule-heading" className="card mt-6 p-6">
          <h2 id="schedule-heading" className="text-lg font-semibold">
            Coming up this week
          </h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            {o.total} {o.total === 1 ? "fact" : "facts"} scheduled in all, {o.learning} still being learnt.
          </p>
          {bars.some((b) => b.value > 0) ? (
            <div className="mt-4">
              <BarChart bars={bars} caption="Facts coming due, by day" valueLabel="Facts due" />
            </div>
          ) : (
            <p className="mt-3 text-stone-700 dark:text-stone-300">Nothing else comes due in the next seven days.</p>
          )}
        </section>
      )}
    </div>
  );
}
