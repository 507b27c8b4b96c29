import Link from "next/link";
import { POLICY_LABEL, POLICY_RULE, type AttemptPolicy } from "@/lib/teach/attempt-policy";
import { setPolicyAction } from "../../actions";

/** How the figures are computed, and the choice of which attempt counts. */
export function ResultsMethod({
  classId,
  assignmentId,
  policy,
}: {
  classId: string;
  assignmentId: string;
  policy: AttemptPolicy;
}) {
  return (
    <section
      aria-labelledby="method-heading"
      className="mb-8 rounded-xl border border-stone-200 bg-white p-4 text-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-prose">
          <h2 id="method-heading" className="font-semibold">
            How these numbers are computed
          </h2>
          <p className="mt-1 text-stone-700 dark:text-stone-300">
            Counting <strong>{POLICY_LABEL[policy].toLowerCase()}</strong>: {POLICY_RULE[policy]}. Statistics follow
            Moodle’s quiz statistics report (facility, SD, random guess score, discrimination index, discriminative
            efficiency, Cronbach’s alpha, error ratio and standard error); see{" "}
            <Link href="/teach/statistics" className="font-medium text-brand-700 underline dark:text-brand-200">
              the formulas
            </Link>
            . Each question is worth 1 mark; matching and ordering give partial credit.
          </p>
        </div>
        <form action={setPolicyAction} className="flex items-end gap-2">
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <div>
            <label htmlFor="policy" className="field-label">
              Attempt that counts
            </label>
            <select id="policy" name="policy" defaultValue={policy} className="field-input py-2">
              <option value="first">First attempt</option>
              <option value="best">Best attempt</option>
              <option value="last">Last attempt</option>
            </select>
          </div>
          <button type="submit" className="btn-secondary">
            Apply
          </button>
        </form>
      </div>
    </section>
  );
}
