import type { Metadata } from "next";
import Link from "next/link";
import { listArticles } from "@/db/queries/articles";
import { countStudents } from "@/db/queries/users";
import { formatPublished } from "@/lib/format/dates";
import { requireInstructor } from "@/lib/session";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const user = await requireInstructor();
  const [articles, students] = await Promise.all([listArticles(), countStudents()]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <p className="text-sm font-medium text-brand-700 dark:text-brand-200">Instructor</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Teach</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Signed in as {user.name}.</p>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2">
        <div className="card p-5">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Articles in the library</dt>
          <dd className="mt-1 text-3xl font-bold">{articles.length}</dd>
        </div>
        <div className="card p-5">
          <dt className="text-sm text-stone-600 dark:text-stone-400">Student accounts</dt>
          <dd className="mt-1 text-3xl font-bold">{students}</dd>
        </div>
      </dl>
      <h2 className="mt-10 text-xl font-semibold">Content library</h2>
      <div className="card mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-stone-600 dark:border-stone-800 dark:text-stone-400">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">Title</th>
              <th scope="col" className="px-4 py-3 font-medium">Source</th>
              <th scope="col" className="px-4 py-3 font-medium">Published</th>
              <th scope="col" className="px-4 py-3 text-right font-medium">Words</th>
              <th scope="col" className="px-4 py-3 font-medium">Last imported</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {articles.map((a) => (
              <tr key={a.slug}>
                <td className="px-4 py-3 font-medium">
                  <Link href={`/articles/${a.slug}`} className="hover:underline">
                    {a.title}
                  </Link>
                </td>
                <td className="px-4 py-3">{a.source ?? "—"}</td>
                <td className="px-4 py-3">{formatPublished(a.published) ?? "—"}</td>
                <td className="px-4 py-3 text-right tabular-nums">{a.wordCount}</td>
                <td className="px-4 py-3 whitespace-nowrap">{a.updatedAt.toISOString().slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
        To add an article, save it as Markdown with front matter in <code>content/</code> and run{" "}
        <code>npm run content:import</code>.
      </p>
    </div>
  );
}
