import Link from "next/link";
import type { AttemptView } from "@/db/queries/attempt-view";
import type { RegradeNote } from "@/db/queries/regrade-records";
import { FeedbackPanel } from "./feedback-panel";
import { RegradeNotes } from "./regrade-notes";
import { ReportProblem } from "./report-problem";
import { ScoreRing } from "./score-ring";

const dateTime = (d: Date) =>
  d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** The end of a quiz: the score, then every question with its answer, feedback and source. */
export function QuizSummary({
  attempt,
  dueCount,
  modeLabel,
  regrades = [],
}: {
  attempt: AttemptView;
  dueCount: number;
  modeLabel: string;
  regrades?: RegradeNote[];
}) {
  const score = attempt.score ?? 0;
  const total = attempt.questionCount;
  const right = attempt.items.filter((i) => i.answered?.feedback?.correct).length;
  return (
    <div>
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-200">
        {modeLabel} · finished{attempt.late ? " · late" : ""}
      </p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight text-balance sm:text-3xl">{attempt.title}</h1>
      {attempt.autoFinished && (
        <p role="status" className="mt-3 text-stone-700 dark:text-stone-300">
          The assignment closed{attempt.closesAt ? ` at ${dateTime(attempt.closesAt)}` : ""}, so this attempt was
          submitted with the answers you had saved by then.
        </p>
      )}

      <section
        aria-labelledby="score-heading"
        className="card mt-6 flex flex-col items-center gap-6 p-6 sm:flex-row sm:p-8"
      >
        {attempt.feedbackVisible ? (
          <>
            <ScoreRing value={total ? score / total : 0} />
            <div className="text-center sm:text-left">
              <h2 id="score-heading" className="text-2xl font-bold">
                You scored {Number.isInteger(score) ? score : score.toFixed(1)} out of {total}
              </h2>
              <p className="mt-1 text-stone-700 dark:text-stone-300">
                {right} of {total} fully right
                {right < total ? ", partial credit for matching and ordering counted." : ". Well done."}
              </p>
              <RegradeNotes notes={regrades} className="mt-1 text-sm" />
              <div className="mt-4 flex flex-wrap justify-center gap-3 sm:justify-start">
                {dueCount > 0 && (
                  <Link href="/review" className="btn-primary">
                    Review what you missed ({dueCount})
                  </Link>
                )}
                <Link href="/practice" className={dueCount > 0 ? "btn-secondary" : "btn-primary"}>
                  Start another quiz
                </Link>
                {attempt.assignmentId ? (
                  <Link href={`/assignments/${attempt.assignmentId}`} className="btn-secondary">
                    Back to the assignment
                  </Link>
                ) : (
                  <Link href="/progress" className="btn-secondary">
                    Your progress
                  </Link>
                )}
              </div>
            </div>
          </>
        ) : (
          <div>
            <h2 id="score-heading" className="text-2xl font-bold">
              Your answers are in
            </h2>
            <p className="mt-1 text-stone-700 dark:text-stone-300">
              Results appear once the assignment closes{attempt.closesAt ? ` (${dateTime(attempt.closesAt)})` : ""}.
              Until then you can see what you answered below.
            </p>
            {attempt.assignmentId && (
              <Link href={`/assignments/${attempt.assignmentId}`} className="btn-secondary mt-4">
                Back to the assignment
              </Link>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="review-heading" className="mt-10">
        <h2 id="review-heading" className="text-xl font-bold">
          Question by question
        </h2>
        <ol className="mt-4 space-y-5">
          {attempt.items.map((item, i) => (
            <li key={item.position} className="card p-5">
              <p className="text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400">
                Question {i + 1} · {item.articleTitle}
              </p>
              <h3 className="mt-1.5 text-lg leading-snug font-semibold">{item.prompt}</h3>
              <div className="mt-4">
                {item.answered?.feedback ? (
                  <>
                    <FeedbackPanel
                      feedback={item.answered.feedback}
                      yourAnswer={item.answered.yourAnswer}
                      headingLevel={3}
                    />
                    <ReportProblem
                      attemptId={attempt.id}
                      position={item.position}
                      reported={item.answered.feedback.reported}
                      which={`question ${i + 1}`}
                    />
                  </>
                ) : item.answered ? (
                  <p>
                    <span className="font-semibold">Your answer: </span>
                    {item.answered.yourAnswer.join("; ") || "—"}
                  </p>
                ) : (
                  <p className="text-stone-600 dark:text-stone-400">Not answered.</p>
                )}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
