import { getItemInsight } from "@/db/queries/item-insight";
import { getAssignmentResults } from "@/db/queries/results";
import { csvResponse, requireOwnedAssignment } from "@/server/teach";
import { csvFileName, toCsv } from "@/lib/teach/csv";
import { assembleInsight } from "@/lib/teach/item-insight";

type Ctx = { params: Promise<{ classId: string; assignmentId: string }> };

const r2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** One row per question: Moodle's statistics (effective weight included) and the median time, as the page shows them. */
export async function GET(_req: Request, { params }: Ctx) {
  const { assignment, scope } = await requireOwnedAssignment(params);
  const s = { ...scope, policy: assignment.attemptPolicy };
  const [results, extra] = await Promise.all([getAssignmentResults(s), getItemInsight(s)]);
  const { timing } = assembleInsight({ questions: results.questions, ...extra });
  const csv = toCsv(
    [
      "question_no",
      "question_id",
      "version",
      "kind",
      "fact_kind",
      "article",
      "prompt",
      "attempt_counted",
      "answers",
      "facility_percent",
      "sd_percent",
      "random_guess_percent",
      "discrimination_index",
      "discriminative_efficiency",
      "effective_weight_percent",
      "median_time_s",
      "far_slower_than_the_rest",
      "flags",
    ],
    results.analysis.items.map((it) => {
      const q = results.questions[it.position]!;
      const t = timing[it.position]!;
      return [
        it.position + 1,
        q.questionId,
        q.version,
        q.kind,
        q.factKind,
        q.articleTitle,
        q.prompt,
        assignment.attemptPolicy,
        it.stats.n,
        r2(it.stats.facility),
        r2(it.stats.sd),
        r2(it.randomGuess),
        r2(it.stats.discriminationIndex),
        r2(it.stats.discriminativeEfficiency),
        r2(it.effectiveWeight),
        t.medianMs === null ? null : Math.round(t.medianMs / 100) / 10,
        t.slow ? "yes" : "no",
        it.flags.map((f) => f.code).join(" "),
      ];
    }),
  );
  return csvResponse(csv, csvFileName(assignment.className, assignment.title, "statistics"));
}
