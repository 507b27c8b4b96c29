import Link from "next/link";
import type { Feedback } from "@/db/queries/attempt-view";

function verdict(f: Feedback) {
  if (f.correct) return { text: "Correct", tone: "good" as const };
  if (f.score > 0) return { text: `Partly right: ${Math.round(f.score * 100)}%`, tone: "part" as const };
  return { text: "Not quite", tone: "bad" as const };
}

const TONES = {
  good: "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40",
  part: "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40",
  bad: "border-red-600 bg-red-50 dark:border-red-500 dark:bg-red-950/40",
};
const TEXT = {
  good: "text-emerald-800 dark:text-emerald-300",
  part: "text-amber-800 dark:text-amber-300",
  bad: "text-red-800 dark:text-red-300",
};

function Lines({ lines }: { lines: string[] }) {
  if (lines.length <= 1) return <>{lines[0] ?? "—"}</>;
  return (
    <ul className="mt-1 list-inside list-disc space-y-0.5">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

/** Right or wrong, the right answer, why, and the sentence that settles it. */
export function FeedbackPanel({
  feedback,
  yourAnswer,
  headingLevel = 3,
}: {
  feedback: Feedback;
  yourAnswer: string[];
  headingLevel?: 2 | 3;
}) {
  const v = verdict(feedback);
  const H = `h${headingLevel}` as "h2" | "h3";
  const typed = yourAnswer[0]?.trim().toLowerCase();
  const acceptedDiffers =
    feedback.correct && feedback.acceptedAnswer && typed !== feedback.acceptedAnswer.toLowerCase();
  return (
    <div className={`rounded-xl border-l-4 p-4 sm:p-5 ${TONES[v.tone]}`}>
      <H className={`flex items-center gap-2 text-lg font-bold ${TEXT[v.tone]}`}>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
        >
          {v.tone === "good" ? (
            <path d="M4 10.5l4 4 8-9" strokeLinecap="round" strokeLinejoin="round" />
          ) : (
            <path d="M5 5l10 10M15 5L5 15" strokeLinecap="round" />
          )}
        </svg>
        {v.text}
      </H>
      <dl className="mt-3 grid gap-2 text-[0.95rem]">
        <div>
          <dt className="inline font-semibold">Your answer: </dt>
          <dd className="inline">
            <Lines lines={yourAnswer} />
          </dd>
        </div>
        {acceptedDiffers && (
          <div>
            <dt className="inline font-semibold">Accepted as: </dt>
            <dd className="inline">{feedback.acceptedAnswer}</dd>
          </div>
        )}
        {!feedback.correct && (
          <div>
            <dt className="inline font-semibold">Right answer: </dt>
            <dd className="inline">
              <Lines lines={feedback.correctAnswer} />
            </dd>
          </div>
        )}
      </dl>
      <p className="mt-3 text-stone-800 dark:text-stone-200">{feedback.explanation}</p>
      <figure className="mt-4 rounded-lg bg-white/70 p-3 dark:bg-stone-900/60">
        <blockquote className="border-l-4 border-amber-300 pl-3 font-serif text-[1.05rem] leading-relaxed text-stone-800 dark:border-amber-400/70 dark:text-stone-200">
          {feedback.source.sentence}
        </blockquote>
        <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          From “{feedback.source.articleTitle}”.{" "}
          <Link
            href={feedback.source.href}
            className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-200"
          >
            See it in the article
          </Link>
        </figcaption>
      </figure>
    </div>
  );
}
