"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createPlatform, deletePlatform } from "@/db/queries/lti/platforms";
import { retryScoresNow } from "@/db/queries/lti/outbox";
import { hiddenOr404, parseForm, type FormState } from "@/server/form";
import { deliverScoresSoon } from "@/server/lti/grades";
import { rotateKey } from "@/server/lti/keys";
import { requireInstructor } from "@/server/session";

// LMS connections (LTI 1.3 platform registrations), the tool's key, and grade passback.

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** An https URL; plain http only on this machine, for trying a local LMS. */
const endpoint = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Paste the ${what} from your LMS.`)
    .max(2000)
    .refine((v) => {
      try {
        const u = new URL(v);
        return u.protocol === "https:" || (u.protocol === "http:" && LOOPBACK.test(u.hostname));
      } catch {
        return false;
      }
    }, `The ${what} must be a full https:// address.`);

const platformSchema = z.object({
  name: z.string().trim().min(1, "Name the connection, e.g. “School Moodle”.").max(100, "Use at most 100 characters."),
  issuer: endpoint("issuer"),
  clientId: z.string().trim().min(1, "Paste the client ID from your LMS.").max(300),
  deploymentIds: z
    .string()
    .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean))])
    .pipe(z.array(z.string().max(300)).min(1, "Paste at least one deployment ID.").max(50)),
  authUrl: endpoint("authentication request URL"),
  tokenUrl: endpoint("access token URL"),
  jwksUrl: endpoint("public keyset URL"),
  siteUrl: z.union([z.literal(""), endpoint("LMS address")]).transform((v) => v || null),
});

export async function registerPlatformAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireInstructor();
  const parsed = parseForm(platformSchema, form);
  if (!parsed.ok) return parsed.state;
  const created = await createPlatform({ ...parsed.data, createdBy: user.id });
  if (created.status === "duplicate") {
    return {
      status: "error",
      message: "This issuer and client ID are registered already.",
      fieldErrors: { clientId: "Already registered." },
      values: parsed.values,
    };
  }
  revalidatePath("/teach/lti");
  redirect("/teach/lti?registered=1");
}

export async function deletePlatformAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const { id } = hiddenOr404(z.object({ id: z.uuid() }), form);
  await deletePlatform({ id, instructorId: user.id });
  revalidatePath("/teach/lti");
}

export async function rotateKeyAction(): Promise<void> {
  await requireInstructor();
  await rotateKey();
  revalidatePath("/teach/lti");
  redirect("/teach/lti?rotated=1");
}

export async function retryGradesAction(form: FormData): Promise<void> {
  const user = await requireInstructor();
  const { classId, assignmentId } = hiddenOr404(z.object({ classId: z.uuid(), assignmentId: z.uuid() }), form);
  await retryScoresNow({ assignmentId, instructorId: user.id });
  deliverScoresSoon();
  revalidatePath(`/teach/classes/${classId}/assignments/${assignmentId}`);
}
