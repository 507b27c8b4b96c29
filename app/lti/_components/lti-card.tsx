/** The frame of every LTI page: one card, as the LMS shows it in its own frame or a new window. */
export function LtiCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      <div className="card p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        <div className="mt-3 space-y-4 text-stone-700 dark:text-stone-300">{children}</div>
      </div>
    </div>
  );
}
