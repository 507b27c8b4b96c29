import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticleForReader } from "@/db/queries/reader";
import { formatPublished, readingMinutes } from "@/lib/format/dates";
import { findMarks, parseSourceRange, segmentParagraph } from "@/lib/learn/marks";
import { isWebUrl } from "@/lib/quiz/parse/front-matter";
import { requireUser } from "@/server/session";
import { HiddenNotes, MarkedText, noteIdsFor } from "../../_components/marked-paragraph";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ s?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticleForReader(slug);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  await requireUser();
  const { slug } = await params;
  const article = await getArticleForReader(slug);
  if (!article) notFound();
  const { s } = await searchParams;
  const source = parseSourceRange(s, article.body.length);
  const published = formatPublished(article.published);
  const paragraphs = article.paragraphs.filter((p) => !p.cruft);
  const marks = findMarks(article.body, paragraphs, article.facts);
  const noteIds = noteIdsFor(
    marks.map((m) => (m.type === "term" ? m.note : m.type === "quote" ? m.speaker : "")).filter(Boolean),
  );
  const firstSourceParagraph = source
    ? paragraphs.find((p) => source.start < p.end && source.end > p.start)
    : undefined;
  return (
    <>
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
              (article.url && isWebUrl(article.url) ? (
                <a href={article.url} className="underline underline-offset-2" rel="noreferrer">
                  {article.source}
                </a>
              ) : (
                <span>{article.source}</span>
              ))}
            {published && <time dateTime={article.published ?? undefined}>{published}</time>}
            <span>{readingMinutes(article.wordCount)} min read</span>
          </p>
          <div className="mt-5 flex flex-wrap items-center gap-3">
            <Link href={`/practice?article=${article.slug}`} className="btn-primary">
              Quiz me on this article
            </Link>
            {marks.length > 0 && (
              <p className="text-sm text-stone-600 dark:text-stone-400">
                <span className="rounded-sm bg-brand-50 px-0.5 underline decoration-brand-600 decoration-dotted decoration-2 underline-offset-4 dark:bg-brand-800/40 dark:decoration-brand-200">
                  Marked words
                </span>{" "}
                explain themselves: hover, tap or tab to them.
              </p>
            )}
          </div>
        </header>
        {source && firstSourceParagraph && (
          <p className="mt-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-stone-800 dark:border-amber-400/50 dark:bg-amber-950/40 dark:text-stone-200">
            The highlighted sentence is the source of the question you just answered.{" "}
            <a href="#src" className="font-semibold underline underline-offset-2">
              Jump to it
            </a>
          </p>
        )}
        <div className="mt-6 space-y-5 font-serif text-lg leading-relaxed text-stone-800 sm:text-xl sm:leading-relaxed dark:text-stone-200">
          {paragraphs.map((p) => (
            <p key={p.start}>
              <MarkedText
                segments={segmentParagraph(article.body, p, marks, source, p === firstSourceParagraph)}
                noteIds={noteIds}
              />
            </p>
          ))}
        </div>
        <footer className="mt-10 border-t border-stone-200 pt-6 dark:border-stone-800">
          <Link href={`/practice?article=${article.slug}`} className="btn-secondary">
            Test yourself on this article
          </Link>
        </footer>
      </article>
      <HiddenNotes noteIds={noteIds} />
    </>
  );
}
