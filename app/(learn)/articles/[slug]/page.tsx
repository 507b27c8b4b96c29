import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticle } from "@/db/queries/articles";
import { formatPublished, readingMinutes } from "@/lib/format/dates";
import { requireUser } from "@/lib/session";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticle(slug);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Params) {
  await requireUser();
  const { slug } = await params;
  const article = await getArticle(slug);
  if (!article) notFound();
  const published = formatPublished(article.published);
  const paragraphs = article.paragraphs.filter((p) => !p.cruft);
  return (
    <article className="mx-auto max-w-2xl px-4 py-10">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/articles" className="font-medium text-brand-700 hover:underline dark:text-brand-200">
          ← All articles
        </Link>
      </nav>
      <header className="mt-4 border-b border-stone-200 pb-6 dark:border-stone-800">
        <h1 className="text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">{article.title}</h1>
        <p className="mt-3 flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400">
          {article.source &&
            (article.url ? (
              <a href={article.url} className="underline underline-offset-2" rel="noreferrer">
                {article.source}
              </a>
            ) : (
              <span>{article.source}</span>
            ))}
          {published && <time dateTime={article.published ?? undefined}>{published}</time>}
          <span>{readingMinutes(article.wordCount)} min read</span>
        </p>
      </header>
      <div className="mt-6 space-y-5 font-serif text-lg leading-relaxed text-stone-800 sm:text-xl sm:leading-relaxed dark:text-stone-200">
        {paragraphs.map((p) => (
          <p key={p.start}>{article.body.slice(p.start, p.end)}</p>
        ))}
      </div>
    </article>
  );
}
