import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-200">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        There is nothing at this address, or it is not yours to see.
      </p>
      <Link href="/" className="btn-primary mt-6">
        Go to the home page
      </Link>
    </div>
  );
}
