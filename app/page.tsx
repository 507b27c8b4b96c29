import Link from "next/link";
import { currentUser } from "@/server/session";
import { StudentHome } from "./(learn)/_components/student-home";

export default async function HomePage() {
  const user = await currentUser();
  if (user) return <StudentHome user={user} />;
  return (
    <div>
      <section className="mx-auto grid max-w-5xl items-center gap-10 px-4 py-14 sm:py-20 md:grid-cols-[1.1fr_1fr]">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-200">
            Learning from the news
          </p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance sm:text-5xl">
            Quizzes that cite their sources.
          </h1>
          <p className="mt-4 max-w-prose text-lg text-stone-700 dark:text-stone-300">
            Sourced turns news articles into questions about who said what, who does what and when it happened. Every
            answer points to the exact sentence it came from, so checking a fact is one click away.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/signup" className="btn-primary px-5 py-3 text-base">
              Create a free account
            </Link>
            <Link href="/login" className="btn-secondary px-5 py-3 text-base">
              Sign in
            </Link>
          </div>
        </div>
        <figure className="card p-5" aria-label="An example question">
          <p className="text-xs font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400">
            Who said it?
          </p>
          <p className="mt-2 font-serif text-lg leading-snug">
            “The Joint Operations Cell will increase our ability to identify and stop serious criminals.”
          </p>
          <ul className="mt-4 space-y-2 text-sm">
            {["Keith Bristow", "Robert Hannigan", "David Cameron"].map((name, i) => (
              <li
                key={name}
                className={`flex items-center gap-3 rounded-lg border px-3 py-2 ${
                  i === 1
                    ? "border-brand-500 bg-brand-50 font-semibold dark:bg-brand-800/40"
                    : "border-stone-200 dark:border-stone-700"
                }`}
              >
                <span className="grid h-6 w-6 place-items-center rounded-md bg-stone-100 text-xs dark:bg-stone-800">
                  {i + 1}
                </span>
                {name}
                {i === 1 && <span className="ml-auto text-brand-700 dark:text-brand-200">Correct</span>}
              </li>
            ))}
          </ul>
          <figcaption className="mt-4 border-l-4 border-amber-300 pl-3 text-sm text-stone-700 dark:text-stone-300">
            <span className="font-semibold">Source:</span> “GCHQ Director Robert Hannigan said in the recent release
            that…”
          </figcaption>
        </figure>
      </section>
      <section
        aria-labelledby="how"
        className="border-t border-stone-200 bg-white py-14 dark:border-stone-800 dark:bg-stone-900"
      >
        <div className="mx-auto max-w-5xl px-4">
          <h2 id="how" className="text-2xl font-bold tracking-tight">
            How it works
          </h2>
          <ul className="mt-6 grid gap-6 sm:grid-cols-3">
            {[
              [
                "Read",
                "Articles with the facts marked: names, roles, quotes, acronyms and dates, each explained where it appears.",
              ],
              [
                "Answer",
                "Five kinds of question with instant feedback that takes you to the sentence that settles it.",
              ],
              [
                "Remember",
                "What you miss comes back on a spaced-repetition schedule, just before you would forget it.",
              ],
            ].map(([title, text]) => (
              <li key={title}>
                <h3 className="font-semibold">{title}</h3>
                <p className="mt-1 text-stone-700 dark:text-stone-300">{text}</p>
              </li>
            ))}
          </ul>
          <p className="mt-8 text-stone-700 dark:text-stone-300">
            <span className="font-semibold">For instructors:</span> classes with join codes, assignments, and item
            analysis that links every weak question back to its source.
          </p>
        </div>
      </section>
    </div>
  );
}
