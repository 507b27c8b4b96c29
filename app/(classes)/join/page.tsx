import type { Metadata } from "next";
import { listStudentClasses } from "@/db/queries/classes";
import { requireUser } from "@/server/session";
import { StudentAssignments } from "@/components/student-assignments";
import { JoinForm } from "../_components/join-form";

export const metadata: Metadata = { title: "Join a class" };

type Props = { searchParams: Promise<{ joined?: string; already?: string }> };

export default async function JoinPage({ searchParams }: Props) {
  const user = await requireUser();
  const [{ joined, already }, classes] = await Promise.all([searchParams, listStudentClasses(user.id)]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Join a class</h1>
      {(joined || already) && (
        <p
          role="status"
          className="mt-4 rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-800 dark:border-brand-800 dark:bg-brand-800/30 dark:text-brand-100"
        >
          {joined ? `You joined ${joined}.` : `You are already in ${already}.`} Its assignments are listed below and on
          your home page.
        </p>
      )}
      <div className="card mt-6 p-6">
        <JoinForm />
      </div>
      {classes.length > 0 && (
        <section aria-labelledby="my-classes" className="mt-10">
          <h2 id="my-classes" className="text-xl font-semibold">
            Your classes
          </h2>
          <ul className="mt-3 space-y-1 text-sm">
            {classes.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{c.name}</span>{" "}
                <span className="text-stone-600 dark:text-stone-400">with {c.instructorName}</span>
              </li>
            ))}
          </ul>
          <div className="mt-6">
            <StudentAssignments userId={user.id} />
          </div>
        </section>
      )}
    </div>
  );
}
