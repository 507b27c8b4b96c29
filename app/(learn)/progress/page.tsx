import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { listAttempts } from "@/db/queries/attempts";
import { answerHours, masteryBreakdown } from "@/db/queries/progress";
import { listRegradeNotes } from "@/db/queries/regrade-records";
import { FACT_KIND_GROUP_LABEL, isFactKind } from "@/lib/kinds";
import { dayKey, lastDays, safeTimeZone, streak } from "@/lib/learn/streak";
import { requireUser } from "@/server/session";
import { BarChart } from "../_components/bar-chart";
import { MasteryList } from "../_components/mastery-list";
import { RegradeNotes } from "../_components/regrade-notes";

export const metadata: Metadata = { title: "Progress" };

const MODE = { practice: "Practice", review: "Review", assignment: "Assignment" } as const;
const KIND_ORDER = ["role", "description", "quote", "acronym", "event"];

export default async function ProgressPage() {
  const user = await requireUser();
  const tz = safeTimeZone((await cookies()).get("tz")?.value);
  const now = new Date();
  const [mastery, hours, history] = await Promise.all([
    masteryBreakdown(user.id),
    answerHours(user.id, null),
    listAttempts(user.id, 30),
  ]);
  const notes = await listRegradeNotes({ userId: user.id, attemptIds: history.map((h) => h.id) });

  const perDay = new Map<string, { answered: number; correct: number }>();
  for (const h of hours) {
    const k = dayKey(h.hour, tz);
    const d = perDay.get(k) ?? { answered: 0, correct: 0 };
    d.answered += h.answered;
    d.correct += h.correct;
    perDay.set(k, d);
  }
  const s = streak(perDay.keys(), now, tz);
  const days = lastDays(now, tz, 14);
  const bars = days.map((d) => {
    const v = perDay.get(d) ?? { answered: 0, correct: 0 };
    const date = new Date(`${d}T12:00:00Z`);
    const long = date.toLocaleDateString("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      timeZone: "UTC",
    });
    return {
      label: String(date.getUTCDate()),
      value: v.answered,
      highlight: v.correct,
      title: `${long}: ${v.answered} answered, ${v.correct} right`,
    };
  });
  const totalAnswers = hours.reduce((n, h) => n + h.answered, 0);
  const kinds = [...mastery.kinds].sort((a, b) => KIND_ORDER.indexOf(a.key) - KIND_ORDER.indexOf(b.key));

  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">
        A fact counts as mastered once you have got it right after a gap, and it stays mastered until you forget it.
      </p>

      <div className="mt-6 grid gap-4 sm:grid-cols-3">
        {[
          [
            `${s.current} ${s.current === 1 ? "day" : "days"}`,
            "Current streak",
            s.today
              ? "You have answered today."
              : s.current > 0
                ? "Answer today to keep it going."
                : "Answer a question to start one.",
          ],
          [
            `${s.longest} ${s.longest === 1 ? "day" : "days"}`,
            "Longest streak",
            "Consecutive days with at least one answer.",
          ],
          [
            String(totalAnswers),
            "Answers given",
            `${history.filter((h) => h.status === "finished").length} quizzes finished.`,
          ],
        ].map(([value, label, note]) => (
          <div key={label} className="card p-5">
            <p className="text-sm font-medium text-stone-600 dark:text-stone-400">{label}</p>
            <p className="mt-1 text-3xl font-bold tracking-tight">{value}</p>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{note}</p>
          </div>
        ))}
      </div>

      <section aria-labelledby="activity" className="card mt-6 p-5 sm:p-6">
        <h2 id="activity" className="text-lg font-semibold">
          The last two weeks
        </h2>
        <div className="mt-4">
          <BarChart
            bars={bars}
            caption="Answers per day (grey), of which right"
            highlightLabel="Right"
            valueLabel="Answered"
          />
        </div>
      </section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="by-article" className="card p-5 sm:p-6">
          <h2 id="by-article" className="text-lg font-semibold">
            By article
          </h2>
          <div className="mt-4">
            {mastery.articles.length ? (
              <MasteryList
                rows={mastery.articles.map((a) => ({ ...a, label: a.title, href: `/articles/${a.slug}` }))}
              />
            ) : (
              <p>No articles yet.</p>
            )}
          </div>
        </section>
        <section aria-labelledby="by-kind" className="card p-5 sm:p-6">
          <h2 id="by-kind" className="text-lg font-semibold">
            By kind of fact
          </h2>
          <div className="mt-4">
            <MasteryList
              rows={kinds.map((k) => ({ ...k, label: isFactKind(k.key) ? FACT_KIND_GROUP_LABEL[k.key] : k.key }))}
            />
          </div>
        </section>
      </div>

      <section aria-labelledby="history" className="card mt-6 p-5 sm:p-6">
        <h2 id="history" className="text-lg font-semibold">
          Quizzes
        </h2>
        {history.length === 0 ? (
          <p className="mt-3">
            No quizzes yet.{" "}
            <Link href="/practice" className="font-semibold text-brand-700 underline dark:text-brand-200">
              Take your first one
            </Link>
            .
          </p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[32rem] text-left text-sm">
              <thead className="border-b border-stone-200 text-stone-600 dark:border-stone-800 dark:text-stone-400">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Started
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Quiz
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Kind
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Score
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
                {history.map((h) => (
                  <tr key={h.id}>
                    <td className="py-2.5 pr-3 whitespace-nowrap">
                      {h.startedAt.toLocaleString("en-GB", {
                        day: "numeric",
                        month: "short",
                        hour: "2-digit",
                        minute: "2-digit",
                        timeZone: tz,
                      })}
                    </td>
                    <td className="py-2.5 pr-3">
                      <Link
                        href={`/quiz/${h.id}`}
                        className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-200"
                      >
                        {h.title}
                      </Link>
                    </td>
                    <td className="py-2.5 pr-3">{MODE[h.mode]}</td>
                    <td className="py-2.5 text-right whitespace-nowrap tabular-nums">
                      {h.status === "finished"
                        ? `${Number.isInteger(h.score) ? h.score : (h.score ?? 0).toFixed(1)} / ${h.questionCount}`
                        : `In progress (${h.answered}/${h.questionCount})`}
                      <RegradeNotes notes={notes.filter((n) => n.attemptId === h.id)} className="whitespace-normal" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
