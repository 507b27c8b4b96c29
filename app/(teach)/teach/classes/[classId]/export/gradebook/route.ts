import { notFound } from "next/navigation";
import { getClassOverview } from "@/db/queries/class-overview";
import { getClassForInstructor } from "@/db/queries/classes";
import { classGradebookCsv } from "@/lib/teach/class-overview";
import { csvFileName } from "@/lib/teach/csv";
import { requireInstructor, uuidsOr404 } from "@/server/session";
import { csvResponse } from "@/server/teach";

type Ctx = { params: Promise<{ classId: string }> };

/** The gradebook across all the class's assignments: one row per student, one column per assignment. */
export async function GET(_req: Request, { params }: Ctx) {
  const user = await requireInstructor();
  const [classId] = uuidsOr404((await params).classId);
  const klass = await getClassForInstructor({ classId, instructorId: user.id });
  if (!klass) notFound();
  const overview = await getClassOverview({ classId, instructorId: user.id });
  return csvResponse(classGradebookCsv(overview), csvFileName(klass.name, "gradebook"));
}
