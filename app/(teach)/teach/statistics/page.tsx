import type { Metadata } from "next";
import { requireInstructor } from "@/server/session";
import { FLAG_THRESHOLDS, SAMPLE_THRESHOLDS } from "@/lib/stats";
import { POLICY_LABEL, POLICY_RULE, ATTEMPT_POLICIES } from "@/lib/teach/attempt-policy";
import { PageHeader } from "../../_components/page-header";

export const metadata: Metadata = { title: "How results are computed" };

const ROWS: [string, string, string][] = [
  [
    "Facility index (F)",
    "100 · mean mark ÷ maximum mark",
    "How easy the question was: the share of the marks the class got.",
  ],
  ["Standard deviation (SD)", "100 · √var(x) ÷ maximum mark", "How much the marks on this question spread."],
  [
    "Random guess score",
    "Expected mark of a blind guess: 50% for true/false, 100/c for c options, 0 for typed answers, 100/m for matching with m pairs, 50% for ordering (credit per pair in order)",
    "A facility near this means students may be guessing.",
  ],
  [
    "Discrimination index (DI)",
    "100 · correlation between the question’s mark and the rest of the test (the total without this question)",
    "Do students who do well overall do well here? Negative: check the key and the wording.",
  ],
  [
    "Discriminative efficiency (DE)",
    "100 · cov(x, rest) ÷ the largest covariance the two score distributions allow (Moodle’s covariancemax)",
    "DI as a share of the most this question could achieve.",
  ],
  [
    "Cronbach’s alpha (CIC)",
    "100 · k/(k−1) · (1 − Σ var(xᵢ) ÷ var(T))",
    "Internal consistency of the whole test; needs 3 attempts and 2 questions.",
  ],
  ["Error ratio (ER)", "100 · √(1 − CIC/100)", "The share of the score spread that is noise."],
  ["Standard error (SE)", "ER/100 · SD of the totals", "In marks: the uncertainty of one student’s total."],
];

export default async function StatisticsHelpPage() {
  await requireInstructor();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <PageHeader
        crumbs={[{ href: "/teach", label: "Teach" }]}
        eyebrow="Class results"
        title="How results are computed"
      >
        Sourced computes the same statistics as Moodle’s quiz statistics report, from the attempt each student’s results
        count. Variances are sample variances (divided by n − 1). A value that cannot be computed is shown as “—”. The
        full derivation is in the project’s <code>docs/statistics.md</code>, after{" "}
        <a
          href="https://docs.moodle.org/dev/Quiz_statistics_calculations"
          className="font-medium text-brand-700 underline dark:text-brand-200"
          rel="noreferrer"
        >
          Moodle’s quiz statistics calculations
        </a>
        .
      </PageHeader>
      <section aria-labelledby="policy-h" className="card p-5">
        <h2 id="policy-h" className="text-lg font-semibold">
          Which attempt counts
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {ATTEMPT_POLICIES.map((p) => (
            <li key={p}>
              <strong>{POLICY_LABEL[p]}</strong>: {POLICY_RULE[p]}.
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          Item analysis assumes one comparable attempt per student; the first attempt is the cleanest for that, which is
          why it is the default. Students removed from the class are left out. An unanswered question in a finished
          attempt scores 0.
        </p>
      </section>
      <div className="card mt-6 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Formulas</caption>
          <thead className="border-b border-stone-200 bg-stone-50 text-stone-600 dark:border-stone-800 dark:bg-stone-900/60 dark:text-stone-400">
            <tr>
              <th scope="col" className="px-3 py-2.5 text-left font-medium">
                Statistic
              </th>
              <th scope="col" className="px-3 py-2.5 text-left font-medium">
                Formula
              </th>
              <th scope="col" className="px-3 py-2.5 text-left font-medium">
                What it tells you
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
            {ROWS.map(([name, formula, meaning]) => (
              <tr key={name}>
                <th scope="row" className="px-3 py-2.5 text-left align-top font-medium">
                  {name}
                </th>
                <td className="px-3 py-2.5 align-top">{formula}</td>
                <td className="px-3 py-2.5 align-top text-stone-700 dark:text-stone-300">{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="flags-h" className="card mt-6 p-5">
        <h2 id="flags-h" className="text-lg font-semibold">
          Flags and small samples
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          <li>Negative discrimination: DI below 0.</li>
          <li>Low discriminative efficiency: DE below {FLAG_THRESHOLDS.minEfficiency}%.</li>
          <li>
            Too hard / too easy: facility below {FLAG_THRESHOLDS.minFacility}% or above {FLAG_THRESHOLDS.maxFacility}%.
          </li>
          <li>Distractor nobody picks: a wrong option no counted attempt chose.</li>
          <li>
            Below {SAMPLE_THRESHOLDS.unreliable} attempts the statistics are marked unreliable, below{" "}
            {SAMPLE_THRESHOLDS.indicative} indicative: one student can move a correlation a long way.
          </li>
        </ul>
      </section>
    </div>
  );
}
