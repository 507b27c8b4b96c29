import Link from "next/link";
import { listArticles } from "@/db/queries/articles";
import { findInProgressAttempt, listAttempts } from "@/db/queries/attempts";
import { countDueCards } from "@/db/queries/reviews";
import type { SessionUser } from "@/db/queries/users";
import { StudentAssignments } from "@/components/student-assignments";

/** The signed-in home page: what is due, what is half done, how the last quizzes went. */
export async function StudentHome({ user }: { user: SessionUser }) {
  const now = new Date();
  const [articles, due, open, recent] = await Promise.all([
    listArticles(),
    countDueCards(user.id, now),
    findInProgressAttempt(user.id),
    listAttempts(user.id, 4),
  ]);
  const finished = recent.filter((a) => a.status === "finished").slice(0, 3);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <p className="text-sm font-medium text-brand-700 dark:text-brand-200">Welcome back</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Hello, {user.name}</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">
        {articles.length === 1 ? "One article is" : `${articles.length} articles are`} ready to read.
        {user.role === "instructor"
          ? " Your teaching tools are under Teach."
          : " Read one, then test yourself on what it says."}
      </p>

      <div className="mt-8 grid gap-4 md:grid-cols-3">
        <section aria-labelledby="home-review" className="card flex flex-col p-5">
          <h2 id="home-review" className="text-sm font-semibold text-stone-600 dark:text-stone-400">
            Review
          </h2>
          <p className="mt-1 text-2xl font-bold">
            {due > 0 ? `${due} ${due === 1 ? "fact" : "facts"} due` : "Nothing due"}
          </p>
          <p className="mt-1 flex-1 text-sm text-stone-600 dark:text-stone-400">
            {due > 0
              ? "Go over them now, before they slip away."
              : "Facts you meet in quizzes come back here when it is time."}
          </p>
          <Link href="/review" className={`${due > 0 ? "btn-primary" : "btn-secondary"} mt-4 self-start`}>
            {due > 0 ? "Review now" : "See your schedule"}
          </Link>
        </section>

        <section aria-labelledby="home-quiz" className="card flex flex-col p-5">
          <h2 id="home-quiz" className="text-sm font-semibold text-stone-600 dark:text-stone-400">
            {open ? "Unfinished quiz" : "Practice"}
          </h2>
          <p className="mt-1 text-2xl font-bold text-balance">{open ? open.title : "Test yourself"}</p>
          <p className="mt-1 flex-1 text-sm text-stone-600 dark:text-stone-400">
            {open
              ? `${open.answered} of ${open.questionCount} answered. Pick up where you left off.`
              : "A quiz from one article, several, or all of them."}
          </p>
          <Link
            href={open ? `/quiz/${open.id}` : "/practice"}
            className={`${due > 0 ? "btn-secondary" : "btn-primary"} mt-4 self-start`}
          >
            {open ? "Resume quiz" : "Start a quiz"}
          </Link>
        </section>

        <section aria-labelledby="home-recent" className="card flex flex-col p-5">
          <h2 id="home-recent" className="text-sm font-semibold text-stone-600 dark:text-stone-400">
            Recent results
          </h2>
          {finished.length ? (
            <ul className="mt-2 flex-1 space-y-1.5 text-sm">
              {finished.map((a) => (
                <li key={a.id} className="flex justify-between gap-3">
                  <Link
                    href={`/quiz/${a.id}`}
                    className="truncate font-medium text-brand-700 hover:underline dark:text-brand-200"
                  >
                    {a.title}
                  </Link>
                  <span className="shrink-0 tabular-nums">
                    {Number.isInteger(a.score) ? a.score : (a.score ?? 0).toFixed(1)}/{a.questionCount}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 flex-1 text-sm text-stone-600 dark:text-stone-400">
              Your finished quizzes will show here.
            </p>
          )}
          <Link href="/progress" className="btn-secondary mt-4 self-start">
            Your progress
          </Link>
        </section>
      </div>

      {user.role === "student" && <StudentAssignments userId={user.id} />}

      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/articles" className="btn-secondary">
          Browse articles
        </Link>
        {user.role === "instructor" && (
          <Link href="/teach" className="btn-secondary">
            Go to Teach
          </Link>
        )}
      </div>
    </div>
  );
}
