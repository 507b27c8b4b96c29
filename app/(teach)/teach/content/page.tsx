import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { listLibrary } from "@/db/queries/curation";
import { requireInstructor } from "@/server/session";
import { EmptyState, PageHeader, tableBody, tableHead, td, tdNum, th, thNum } from "../../_components/page-header";

export const metadata: Metadata = { title: "Content library" };

export default async function LibraryPage() {
  await requireInstructor();
  const library = await listLibrary();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <PageHeader
        crumbs={[{ href: "/teach", label: "Teach" }]}
        eyebrow="Content library"
        title="Articles and their questions"
        actions={
          <Link href="/teach/content/new" className="btn-primary">
            Add an article
          </Link>
        }
      >
        Open an article to review its generated questions: approve the good ones, fix or retire the rest. Assignments
        use approved questions. Held back are drafts on a fact the generator was not sure of; the article&apos;s page
        says why.
      </PageHeader>
      {library.length === 0 ? (
        <EmptyState title="The library is empty">Add an article to have questions generated from it.</EmptyState>
      ) : (
        <div className="card overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Articles in the library</caption>
            <thead className={tableHead}>
              <tr>
                <th scope="col" className={th}>
                  Article
                </th>
                <th scope="col" className={th}>
                  Added
                </th>
                <th scope="col" className={thNum}>
                  Words
                </th>
                <th scope="col" className={thNum}>
                  Drafts
                </th>
                <th scope="col" className={thNum}>
                  Held back
                </th>
                <th scope="col" className={thNum}>
                  Approved
                </th>
                <th scope="col" className={thNum}>
                  Retired
                </th>
              </tr>
            </thead>
            <tbody className={tableBody}>
              {library.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className={`${td} font-medium`}>
                    <Link
                      href={`/teach/content/${a.slug}`}
                      className="text-brand-700 hover:underline dark:text-brand-200"
                    >
                      {a.title}
                    </Link>
                    {a.source && (
                      <span className="block text-xs font-normal text-stone-600 dark:text-stone-400">{a.source}</span>
                    )}
                  </th>
                  <td className={td}>
                    {a.origin === "upload" ? (
                      `Uploaded by ${a.addedBy ?? "a former instructor"}`
                    ) : (
                      <span className="whitespace-nowrap">Content folder</span>
                    )}
                    <span className="block text-xs text-stone-600 dark:text-stone-400">
                      <LocalTime date={a.updatedAt} withTime={false} />
                    </span>
                  </td>
                  <td className={tdNum}>{a.wordCount}</td>
                  <td className={`${tdNum} ${a.draft ? "font-semibold text-amber-800 dark:text-amber-300" : ""}`}>
                    {a.draft}
                  </td>
                  <td className={tdNum}>{a.held}</td>
                  <td className={tdNum}>{a.approved}</td>
                  <td className={tdNum}>{a.retired}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
