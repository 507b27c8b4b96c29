import type { Metadata } from "next";
import Link from "next/link";
import { listClassesForInstructor } from "@/db/queries/classes";
import { listLibrary } from "@/db/queries/curation";
import { requireInstructor } from "@/server/session";
import { formatJoinCode } from "@/lib/teach/join-code";
import { CreateClassForm } from "../_components/create-class-form";
import { EmptyState, PageHeader, Stat } from "../_components/page-header";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const user = await requireInstructor();
  const [classes, library] = await Promise.all([listClassesForInstructor(user.id), listLibrary()]);
  const drafts = library.reduce((s, a) => s + a.draft, 0);
  const approved = library.reduce((s, a) => s + a.approved, 0);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <PageHeader
        eyebrow="Instructor"
        title="Teach"
        actions={
          <Link href="/teach/lti" className="btn-secondary">
            LMS connections
          </Link>
        }
      >
        Signed in as {user.name}. Create a class, share its join code, and set quizzes from the articles in the library.
      </PageHeader>

      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading" className="text-xl font-semibold">
          Your classes
        </h2>
        <div className="mt-4 grid gap-6 md:grid-cols-[1fr_20rem]">
          {classes.length === 0 ? (
            <EmptyState title="No classes yet">
              Create your first class; you will get a join code to share with students.
            </EmptyState>
          ) : (
            <ul className="grid content-start gap-3 sm:grid-cols-2">
              {classes.map((c) => (
                <li key={c.id} className="card flex flex-col p-4">
                  <Link
                    href={`/teach/classes/${c.id}`}
                    className="text-lg font-semibold text-brand-700 hover:underline dark:text-brand-200"
                  >
                    {c.name}
                  </Link>
                  <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                    {c.students} student{c.students === 1 ? "" : "s"} · {c.assignments} assignment
                    {c.assignments === 1 ? "" : "s"}
                  </p>
                  <p className="mt-3 text-sm">
                    Join code{" "}
                    <span className="rounded-md bg-stone-100 px-2 py-0.5 font-mono font-semibold tracking-wider dark:bg-stone-800">
                      {formatJoinCode(c.joinCode)}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <div className="card p-5">
            <h3 className="font-semibold">New class</h3>
            <div className="mt-3">
              <CreateClassForm />
            </div>
          </div>
        </div>
      </section>

      <section aria-labelledby="library-heading" className="mt-12">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="library-heading" className="text-xl font-semibold">
            Content library
          </h2>
          <div className="flex flex-wrap gap-2">
            <Link href="/teach/content" className="btn-secondary">
              Review questions
            </Link>
            <Link href="/teach/content/new" className="btn-primary">
              Add an article
            </Link>
          </div>
        </div>
        <dl className="mt-4 grid gap-4 sm:grid-cols-3">
          <Stat label="Articles" value={library.length} />
          <Stat label="Approved questions" value={approved} hint="Used in assignments" />
          <Stat label="Drafts to review" value={drafts} hint="Generated, not yet approved" />
        </dl>
      </section>
    </div>
  );
}
