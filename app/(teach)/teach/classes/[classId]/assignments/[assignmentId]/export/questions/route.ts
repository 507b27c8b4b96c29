import { notFound } from "next/navigation";
import { getAssignmentExport } from "@/db/queries/exports";
import { exportResponse, readExportRequest, runExport } from "@/server/export";
import { requireOwnedAssignment } from "@/server/teach";

type Ctx = { params: Promise<{ classId: string; assignmentId: string }> };

/** The assignment's fixed question set as a file for an LMS. */
export async function GET(request: Request, { params }: Ctx) {
  const { scope } = await requireOwnedAssignment(params);
  const source = await getAssignmentExport(scope);
  if (!source) notFound();
  return exportResponse(runExport(readExportRequest(new URL(request.url).searchParams).format, source));
}
