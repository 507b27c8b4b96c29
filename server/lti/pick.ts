import "server-only";
import { consumeHandoff, findOpenHandoff } from "@/db/queries/lti/logins";
import { attachResourceLink } from "@/db/queries/lti/links";
import { getPlatform } from "@/db/queries/lti/platforms";
import { listAssignmentsForClass } from "@/db/queries/assignments";
import { getClassForInstructor } from "@/db/queries/classes";
import type { DeepLinkingLaunch, Launch, ResourceLinkLaunch } from "@/lib/lti/claims";
import { deepLinkResponseClaims } from "@/lib/lti/deep-link";
import { toolUrls } from "@/lib/lti/urls";
import { signAsTool } from "./keys";
import { issueHandoff } from "./handoff";
import { randomToken, tokenHash } from "./tokens";

export type Pick = NonNullable<Awaited<ReturnType<typeof openPick>>>;

/** The picker behind a handoff token: who chooses, for which class, and what for. */
export async function openPick(token: string) {
  const hash = tokenHash(token);
  const row = (await findOpenHandoff(hash, "deep_link")) ?? (await findOpenHandoff(hash, "link"));
  if (!row || !row.classId) return null;
  const klass = await getClassForInstructor({ classId: row.classId, instructorId: row.userId });
  if (!klass) return null;
  const assignments = await listAssignmentsForClass({ classId: row.classId, instructorId: row.userId });
  const launch = (row.details as { launch: Launch }).launch;
  return { row, kind: row.kind as "deep_link" | "link", launch, klass, assignments };
}

export type PickResult =
  | { status: "error"; message: string }
  /** Deep linking: post this signed response back to the platform. */
  | { status: "return"; returnUrl: string; jwt: string; title: string }
  /** An activity attached: sign in to see its results, through the usual handoff. */
  | { status: "open"; sessionToken: string };

/**
 * Completes a pick with an assignment of the picker's class: for deep linking,
 * a LtiDeepLinkingResponse signed by the tool's key (iss: the client ID, aud:
 * the platform); for an unlinked activity, the link itself. The handoff is
 * used up only here, once the choice is valid.
 */
export async function completePick(token: string, assignmentId: string, origin: string): Promise<PickResult> {
  const pick = await openPick(token);
  if (!pick)
    return { status: "error", message: "This choice has expired or was already made. Open it again from your LMS." };
  const chosen = pick.assignments.find((a) => a.id === assignmentId);
  if (!chosen) return { status: "error", message: "Choose one of this class's assignments." };
  const platform = await getPlatform(pick.row.platformId);
  if (!platform || !(await consumeHandoff(pick.row.tokenHash, pick.row.kind)))
    return { status: "error", message: "This choice has expired or was already made. Open it again from your LMS." };

  if (pick.kind === "deep_link") {
    const launch = pick.launch as DeepLinkingLaunch;
    const claims = deepLinkResponseClaims({
      deploymentId: launch.deploymentId,
      launchUrl: toolUrls(origin).launch,
      data: launch.settings.data,
      acceptLineItem: launch.settings.acceptLineItem,
      presentationTargets: launch.settings.presentationTargets,
      choice: { assignmentId: chosen.id, title: chosen.title, questionCount: chosen.questionCount },
    });
    const jwt = await signAsTool(
      { ...claims, nonce: randomToken(), azp: platform.clientId },
      { issuer: platform.clientId, audience: platform.issuer, expiresIn: "5m" },
    );
    return { status: "return", returnUrl: launch.settings.returnUrl, jwt, title: chosen.title };
  }
  const attached = await attachResourceLink({
    platform,
    launch: pick.launch as ResourceLinkLaunch,
    assignmentId: chosen.id,
    classId: pick.row.classId!,
  });
  if (!attached) return { status: "error", message: "Choose one of this class's assignments." };
  const sessionToken = await issueHandoff({
    kind: "session",
    userId: pick.row.userId,
    platformId: platform.id,
    classId: pick.row.classId!,
    target: `/teach/classes/${pick.row.classId}/assignments/${chosen.id}`,
  });
  return { status: "open", sessionToken };
}
