import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAttemptView } from "@/db/queries/attempt-view";
import { listRegradeNotes } from "@/db/queries/regrade-records";
import { countDueCards } from "@/db/queries/reviews";
import { requireUser, uuidsOr404 } from "@/server/session";
import { QuizRunner } from "../../_components/quiz-runner";
import { QuizSummary } from "../../_components/quiz-summary";

type Params = { params: Promise<{ attemptId: string }> };

export const metadata: Metadata = { title: "Quiz" };

const MODE_LABEL = { practice: "Practice quiz", review: "Review", assignment: "Assignment" } as const;

export default async function QuizPage({ params }: Params) {
  const user = await requireUser();
  const [attemptId] = uuidsOr404((await params).attemptId);
  const now = new Date();
  const attempt = await getAttemptView({ attemptId, userId: user.id, now });
  if (!attempt) notFound();

  if (attempt.status === "finished") {
    const [due, regrades] = await Promise.all([
      countDueCards(user.id, now),
      listRegradeNotes({ userId: user.id, attemptIds: [attempt.id] }),
    ]);
    return (
      <div className="mx-auto max-w-3xl px-4 py-8 sm:py-10">
        <QuizSummary attempt={attempt} dueCount={due} modeLabel={MODE_LABEL[attempt.mode]} regrades={regrades} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm">
        {attempt.assignmentId ? (
          <Link
            href={`/assignments/${attempt.assignmentId}`}
            className="font-medium text-brand-700 hover:underline dark:text-brand-200"
          >
            ← Assignment
          </Link>
        ) : (
          <Link
            href={attempt.mode === "review" ? "/review" : "/practice"}
            className="font-medium text-brand-700 hover:underline dark:text-brand-200"
          >
            ← {attempt.mode === "review" ? "Review" : "Practice"}
          </Link>
        )}
      </nav>
      <p className="mt-4 text-sm font-semibold text-brand-700 dark:text-brand-200">{MODE_LABEL[attempt.mode]}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight text-balance sm:text-3xl">{attempt.title}</h1>
      <div className="mt-6">
        <QuizRunner attemptId={attempt.id} initialItems={attempt.items} feedbackVisible={attempt.feedbackVisible} />
      </div>
    </div>
  );
}
