import type { Metadata } from "next";
import Link from "next/link";
import { findInProgressAttempt } from "@/db/queries/attempts";
import { listArticleChoices } from "@/db/queries/reader";
import { requireUser } from "@/server/session";
import { PracticeForm } from "../_components/practice-form";

export const metadata: Metadata = { title: "Practice" };

type Props = { searchParams: Promise<{ article?: string | string[] }> };

export default async function PracticePage({ searchParams }: Props) {
  const user = await requireUser();
  const { article } = await searchParams;
  const [articles, open] = await Promise.all([listArticleChoices(), findInProgressAttempt(user.id)]);
  const preselected = typeof article === "string" ? (articles.find((a) => a.slug === article)?.id ?? null) : null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Practice</h1>
      <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">
        Build a quiz from one article, several, or everything. Each answer is checked at once and points to the sentence
        that settles it.
      </p>
      {open && (
        <div className="card mt-6 flex flex-wrap items-center justify-between gap-3 border-brand-200 p-4 dark:border-brand-800">
          <p>
            <span className="font-semibold">Carry on where you left off:</span> {open.title}, {open.answered} of{" "}
            {open.questionCount} answered.
          </p>
          <Link href={`/quiz/${open.id}`} className="btn-secondary">
            Resume quiz
          </Link>
        </div>
      )}
      <div className="mt-6">
        {articles.length === 0 ? (
          <p className="card p-6">There are no articles yet, so there is nothing to practise.</p>
        ) : (
          <PracticeForm articles={articles} preselected={preselected} />
        )}
      </div>
    </div>
  );
}
