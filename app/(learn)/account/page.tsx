import type { Metadata } from "next";
import { signOutEverywhereAction } from "@/app/(auth)/actions";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
      <dl className="card mt-6 divide-y divide-stone-200 dark:divide-stone-800">
        {[
          ["Name", user.name],
          ["Email", user.email],
          ["Role", user.role === "instructor" ? "Instructor" : "Student"],
        ].map(([k, v]) => (
          <div key={k} className="flex flex-wrap justify-between gap-2 px-5 py-3">
            <dt className="text-stone-600 dark:text-stone-400">{k}</dt>
            <dd className="font-medium break-all">{v}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="sessions" className="card mt-6 p-5">
        <h2 id="sessions" className="text-lg font-semibold">
          Signed-in devices
        </h2>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          Lost a device or signed in on a shared computer? Sign out everywhere ends every session of this account,
          including this one.
        </p>
        <form action={signOutEverywhereAction} className="mt-4">
          <button type="submit" className="btn-secondary">
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
