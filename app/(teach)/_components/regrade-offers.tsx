import Link from "next/link";
import { listRegradeOffers } from "@/db/queries/regrade-records";

/** After an edit: the instructor's assignments whose answers were marked against an older version. */
export async function RegradeOffers({ questionId, instructorId }: { questionId: string; instructorId: string }) {
  const offers = await listRegradeOffers({ questionId, instructorId });
  if (offers.length === 0) return null;
  return (
    <section
      aria-label="Regrade"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">
        Students have already answered an older version. Regrade their answers against this one?
      </p>
      <ul className="mt-1 list-disc pl-6">
        {offers.map((o) => (
          <li key={o.assignmentId}>
            <Link
              href={`/teach/classes/${o.classId}/assignments/${o.assignmentId}/regrade/${questionId}`}
              className="font-semibold underline"
            >
              Regrade in {o.title}
            </Link>{" "}
            ({o.className}, {o.answers} answer{o.answers === 1 ? "" : "s"})
          </li>
        ))}
      </ul>
    </section>
  );
}
