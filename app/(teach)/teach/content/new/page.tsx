import type { Metadata } from "next";
import { requireInstructor } from "@/server/session";
import { AddArticleForm } from "../../../_components/add-article-form";
import { PageHeader } from "../../../_components/page-header";

export const metadata: Metadata = { title: "Add an article" };

export default async function AddArticlePage() {
  await requireInstructor();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <PageHeader
        crumbs={[
          { href: "/teach", label: "Teach" },
          { href: "/teach/content", label: "Content library" },
        ]}
        eyebrow="Content library"
        title="Add an article"
      >
        Paste the article or upload it as a Markdown or text file. Check the facts and draft questions Sourced finds,
        then add it to the library; its questions start as drafts for you to review.
      </PageHeader>
      <AddArticleForm />
    </div>
  );
}
