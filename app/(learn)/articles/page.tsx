import type { Metadata } from "next";
import Link from "next/link";
import { listArticles } from "@/db/queries/articles";
import { formatPublished, readingMinutes } from "@/lib/format/dates";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  await requireUser();
  const articles = await listArticles();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Articles</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Real news stories. Read one and every fact in it becomes something you can be asked about.
      </p>
      {articles.length === 0 ? (
        <p className="card mt-8 p-6 text-stone-700 dark:text-stone-300">
          No articles yet. An instructor can add Markdown files to <code>content/</code> and run{" "}
          <code>npm run content:import</code>.
        </p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {articles.map((a) => {
            const published = formatPublished(a.published);
            return (
              <li key={a.slug} className="card group relative p-5 transition-shadow hover:shadow-md">
                <h2 className="text-lg leading-snug font-semibold">
                  <Link href={`/articles/${a.slug}`} className="after:absolute after:inset-0 group-hover:underline">
                    {a.title}
                  </Link>
                </h2>
                <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400">
                  {a.source && <span>{a.source}</span>}
                  {published && <span>{published}</span>}
                  <span>{readingMinutes(a.wordCount)} min read</span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
