import type { Metadata } from "next";
import Link from "next/link";
import { findClassByCode } from "@/db/queries/classes";
import { requireUser } from "@/server/session";
import { normaliseJoinCode } from "@/lib/teach/join-code";
import { JoinForm } from "../../_components/join-form";

export const metadata: Metadata = { title: "Join a class" };

/** The join link: shows the class and asks to confirm, so opening a link never enrols by itself. */
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const { code: raw } = await params;
  const code = normaliseJoinCode(decodeURIComponent(raw));
  const klass = code ? await findClassByCode(code) : null;
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      {klass ? (
        <>
          <p className="text-sm font-medium text-brand-700 dark:text-brand-200">Class invitation</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">{klass.name}</h1>
          <p className="mt-2 text-stone-700 dark:text-stone-300">with {klass.instructorName}</p>
          <div className="mt-6 flex justify-center">
            {user.role === "student" ? (
              <JoinForm code={klass.joinCode} />
            ) : (
              <p className="text-sm text-stone-700 dark:text-stone-300">
                Classes are for student accounts. Sign in as a student to join.
              </p>
            )}
          </div>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold tracking-tight">This join link does not work</h1>
          <p className="mt-3 text-stone-700 dark:text-stone-300">
            No class has this code. Check the link with your instructor, or type the code.
          </p>
          <Link href="/join" className="btn-primary mt-6">
            Enter a join code
          </Link>
        </>
      )}
    </div>
  );
}
