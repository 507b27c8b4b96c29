import { cookies } from "next/headers";
import Link from "next/link";
import { countDueCards } from "@/db/queries/reviews";
import { currentUser } from "@/server/session";
import { signOutAction } from "@/app/(auth)/actions";
import { Logo } from "./logo";
import { NavLink } from "./nav-link";
import { TimeZoneCookie } from "./time-zone-cookie";

export async function SiteHeader() {
  const user = await currentUser();
  const due = user ? await countDueCards(user.id, new Date()) : 0;
  const tz = user ? (await cookies()).get("tz")?.value : undefined;
  return (
    <header className="border-b border-stone-200 bg-white/80 backdrop-blur dark:border-stone-800 dark:bg-stone-900/80">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="rounded-lg text-stone-900 dark:text-stone-50">
          <Logo />
        </Link>
        {/* Signed in, a phone gets one row of links that scrolls sideways rather than three wrapped rows. */}
        <nav
          aria-label="Main"
          className={
            user
              ? "relative -mx-2 flex w-[calc(100%+1rem)] items-center gap-1 overflow-x-auto text-sm whitespace-nowrap sm:mx-0 sm:w-auto sm:flex-wrap sm:overflow-visible"
              : "flex flex-wrap items-center gap-1 text-sm"
          }
        >
          {user ? (
            <>
              <TimeZoneCookie current={tz} />
              <NavLink href="/articles">Articles</NavLink>
              <NavLink href="/practice">Practice</NavLink>
              <NavLink href="/review">
                Review
                {due > 0 && " "}
                {due > 0 && (
                  <span className="ml-1.5 rounded-full bg-amber-200 px-1.5 py-0.5 text-xs font-bold text-amber-950 tabular-nums">
                    {due}
                    <span className="sr-only"> due</span>
                  </span>
                )}
              </NavLink>
              <NavLink href="/progress">Progress</NavLink>
              {user.role === "instructor" && <NavLink href="/teach">Teach</NavLink>}
              <NavLink href="/account">
                <span className="sr-only">Account: </span>
                {user.name}
                <span className="ml-1.5 rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-300">
                  {user.role}
                </span>
              </NavLink>
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="rounded-lg px-3 py-2 font-medium text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
                >
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <NavLink href="/login">Sign in</NavLink>
              <Link href="/signup" className="btn-primary ml-1 px-3 py-2">
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
