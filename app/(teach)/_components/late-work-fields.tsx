import { Field } from "@/components/form-fields";
import { GRACE_CHOICES } from "@/lib/teach/deadline";

const graceLabel = (m: number) => (m === 0 ? "None" : m < 60 ? `${m} minutes` : `${m / 60} hour${m === 60 ? "" : "s"}`);

/** The deadline's slack and late work, beside the due date (lib/teach/deadline.ts has the rules). */
export function LateWorkFields({
  value,
  errors,
}: {
  value: (name: string, fallback?: string) => string;
  errors: Record<string, string | undefined>;
}) {
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <div>
        <label htmlFor="graceMinutes" className="field-label">
          Grace period after the due date
        </label>
        <select
          id="graceMinutes"
          name="graceMinutes"
          defaultValue={value("graceMinutes", "0")}
          className="field-input sm:max-w-xs"
          aria-describedby="graceMinutes-hint"
        >
          {GRACE_CHOICES.map((m) => (
            <option key={m} value={m}>
              {graceLabel(m)}
            </option>
          ))}
        </select>
        <p id="graceMinutes-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Work saved in this time still counts as on time.
        </p>
      </div>
      <Field
        label="Accept late work until"
        name="lateUntil"
        type="datetime-local"
        required={false}
        defaultValue={value("lateUntil")}
        error={errors.lateUntil}
        hint="Leave empty to refuse work after the due date. Late work is marked late in results."
      />
    </div>
  );
}
