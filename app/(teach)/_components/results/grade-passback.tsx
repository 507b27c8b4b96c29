import { LocalTime } from "@/components/local-time";
import { assignmentHasLtiLinks, listScoreSync } from "@/db/queries/lti/outbox";
import { FAILING_AFTER } from "@/lib/lti/grades";
import { fmtMarks } from "@/lib/teach/format";
import { retryGradesAction } from "../../lti-actions";

/**
 * Grades owed to the LMSs that open this assignment: what reached them, what
 * waits, and what keeps failing and why. Shown only for an assignment placed
 * in an LMS. Nothing is dropped: a failing grade is retried until it lands.
 */
export async function GradePassback({
  classId,
  assignmentId,
  instructorId,
}: {
  classId: string;
  assignmentId: string;
  instructorId: string;
}) {
  if (!(await assignmentHasLtiLinks(assignmentId))) return null;
  const rows = await listScoreSync({ assignmentId, instructorId });
  const waiting = rows.filter((r) => r.dueAt !== null);
  const failing = waiting.filter((r) => r.tries >= FAILING_AFTER);
  const sent = rows.filter((r) => r.dueAt === null && r.sentAt !== null);
  return (
    <section aria-labelledby="passback-heading" className="card mt-8 p-5">
      <h2 id="passback-heading" className="text-xl font-semibold">
        Grades sent to the LMS
      </h2>
      <p className="mt-1 text-sm">
        {sent.length} sent · {waiting.length - failing.length} waiting · {failing.length} failing
      </p>
      {waiting.length > 0 && (
        <>
          <table className="mt-4 w-full text-left text-sm">
            <caption className="sr-only">Grades not yet accepted by the LMS</caption>
            <thead>
              <tr className="border-b border-stone-200 dark:border-stone-700">
                <th scope="col" className="py-2 pr-3">
                  Student
                </th>
                <th scope="col" className="py-2 pr-3">
                  LMS
                </th>
                <th scope="col" className="py-2 pr-3">
                  Tries
                </th>
                <th scope="col" className="py-2 pr-3">
                  Next try
                </th>
                <th scope="col" className="py-2">
                  Last error
                </th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((r) => (
                <tr key={r.id} className="border-b border-stone-100 align-top dark:border-stone-800">
                  <td className="py-2 pr-3">{r.student}</td>
                  <td className="py-2 pr-3">{r.platform}</td>
                  <td className="py-2 pr-3 tabular-nums">{r.tries}</td>
                  <td className="py-2 pr-3">{r.dueAt ? <LocalTime date={r.dueAt} /> : "—"}</td>
                  <td className="py-2">{r.lastError ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <form action={retryGradesAction} className="mt-4">
            <input type="hidden" name="classId" value={classId} />
            <input type="hidden" name="assignmentId" value={assignmentId} />
            <button type="submit" className="btn-secondary">
              Retry now
            </button>
          </form>
        </>
      )}
      {sent.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium">Sent grades</summary>
          <ul className="mt-2 space-y-1">
            {sent.map((r) => (
              <li key={r.id}>
                {r.student}: {fmtMarks(r.sentScore)} to {r.platform}, <LocalTime date={r.sentAt!} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
