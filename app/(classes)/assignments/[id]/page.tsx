import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/local-time";
import { getAssignmentForStudent } from "@/db/queries/assignments";
import { requireUser, uuidsOr404 } from "@/server/session";
import { fmtMarks } from "@/lib/teach/format";
import { acceptsLateWork, closesAt, isClosed, isLate } from "@/lib/teach/deadline";
import { StartForm } from "../../_components/start-form";

export const metadata: Metadata = { title: "Assignment" };

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  uuidsOr404(id);
  const a = await getAssignmentForStudent({ assignmentId: id, userId: user.id });
  if (!a) notFound();
  const now = new Date();
  const notOpen = a.opensAt > now;
  const closed = isClosed(a, now);
  const lateNow = !closed && isLate(a, now);
  const closeAt = closesAt(a);
  const inProgress = a.attempts.find((t) => t.status === "in_progress");
  const left = a.attemptsAllowed === null ? null : Math.max(0, a.attemptsAllowed - a.attempts.length);
  const feedbackLater = a.feedbackTiming === "after_due" && !closed;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="font-medium text-brand-700 hover:underline dark:text-brand-200">
          ← Home
        </Link>
      </nav>
      <p className="mt-4 text-sm font-medium text-brand-700 dark:text-brand-200">
        {a.className} · {a.instructorName}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{a.title}</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        <div className="card p-4">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Questions</dt>
          <dd className="mt-1 text-2xl font-bold tabular-nums">{a.questionCount}</dd>
        </div>
        <div className="card p-4">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Due</dt>
          <dd className="mt-1 font-semibold">{a.dueAt ? <LocalTime date={a.dueAt} /> : "No due date"}</dd>
          {a.graceMinutes > 0 && (
            <dd className="mt-1 text-sm text-stone-600 dark:text-stone-400">with {a.graceMinutes} minutes of grace</dd>
          )}
        </div>
        <div className="card p-4">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Attempts left</dt>
          <dd className="mt-1 text-2xl font-bold tabular-nums">{left ?? "Unlimited"}</dd>
        </div>
      </dl>
      <p className="mt-4 text-sm text-stone-700 dark:text-stone-300">
        {feedbackLater
          ? "Your answers are saved as you go; you will see which were right once the assignment closes."
          : "You see whether each answer is right, with the sentence from the article that settles it, as you go."}
      </p>
      {closeAt && !closed && (
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          {acceptsLateWork(a) ? (
            <>
              {lateNow ? "The due date has passed: work" : "Work after the due date"} is accepted until{" "}
              <LocalTime date={closeAt} /> and marked late.
            </>
          ) : (
            <>
              It closes at <LocalTime date={closeAt} />: an attempt still open then is submitted with the answers saved
              by then.
            </>
          )}
        </p>
      )}
      <div className="mt-6">
        {notOpen ? (
          <p className="font-medium">
            Opens <LocalTime date={a.opensAt} />.
          </p>
        ) : inProgress ? (
          <Link href={`/quiz/${inProgress.id}`} className="btn-primary">
            Continue your attempt
          </Link>
        ) : closed ? (
          <p className="font-medium">This assignment is closed.</p>
        ) : left === 0 ? (
          <p className="font-medium">You have used all your attempts.</p>
        ) : (
          <StartForm assignmentId={a.id} label={a.attempts.length ? "Start another attempt" : "Start the quiz"} />
        )}
      </div>
      {a.attempts.length > 0 && (
        <section aria-labelledby="attempts-h" className="mt-10">
          <h2 id="attempts-h" className="text-xl font-semibold">
            Your attempts
          </h2>
          <ul className="mt-3 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {a.attempts.map((t, i) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                <span>
                  Attempt {i + 1} · started <LocalTime date={t.startedAt} />
                  {t.late && " · late"}
                  {t.autoFinished && " · submitted when the assignment closed"}
                </span>
                <span className="tabular-nums">
                  {t.status === "finished" ? (
                    feedbackLater ? (
                      "Submitted"
                    ) : (
                      `${fmtMarks(t.score)} / ${a.questionCount}`
                    )
                  ) : (
                    <Link href={`/quiz/${t.id}`} className="font-medium text-brand-700 underline dark:text-brand-200">
                      In progress
                    </Link>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
