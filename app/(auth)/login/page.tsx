import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { env } from "@/env.js";
import { DEMO_ACCOUNTS } from "@/server/seed";
import { currentUser } from "@/server/session";
import { AuthCard } from "../_components/auth-card";
import { LoginForm } from "../_components/login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string }>;
}) {
  const { callbackUrl, signedOut } = await searchParams;
  const next = callbackUrl ? toLocalPath(callbackUrl) : undefined;
  if (await currentUser()) redirect(next ?? "/articles");
  return (
    <AuthCard title="Sign in" intro="Welcome back. Pick up where you left off.">
      {signedOut === "everywhere" && (
        <p
          role="status"
          className="mb-4 rounded-lg bg-brand-50 px-3 py-2.5 text-sm text-brand-800 dark:bg-brand-800/40 dark:text-brand-100"
        >
          You are signed out on every device.
        </p>
      )}
      <LoginForm next={next} />
      {env().demoMode && (
        <section
          aria-labelledby="demo-heading"
          className="mt-6 rounded-xl border border-dashed border-stone-300 p-4 text-sm dark:border-stone-700"
        >
          <h2 id="demo-heading" className="font-semibold">
            Demo accounts
          </h2>
          <p className="mt-1 text-stone-600 dark:text-stone-400">This server runs in demo mode. Try it as:</p>
          <ul className="mt-3 space-y-3">
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                <p className="font-medium capitalize">{a.role}</p>
                <p className="font-mono text-xs leading-5 break-words text-stone-700 dark:text-stone-300">
                  <span className="sr-only">Email: </span>
                  {a.email}
                  <br />
                  <span className="sr-only">Password: </span>
                  <span aria-hidden="true">password: </span>
                  {a.password}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </AuthCard>
  );
}

// Auth.js hands over an absolute callback URL; only its path is used, so a
// crafted link can never send a fresh session to another site.
function toLocalPath(url: string): string | undefined {
  try {
    const parsed = new URL(url, "http://local");
    return parsed.pathname + parsed.search;
  } catch {
    return undefined;
  }
}
