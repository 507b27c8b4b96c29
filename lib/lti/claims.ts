/**
 * The LTI 1.3 claims Sourced reads from a platform's id_token, checked after
 * the signature, issuer, audience and times (server/lti/verify.ts). Pure: the
 * payload and the registration in, a launch or a refusal out.
 */
import { z } from "zod";
import type { LtiRefusalCode } from "./refusals";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  ags: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  deepLinkingSettings: `${DL}deep_linking_settings`,
  contentItems: `${DL}content_items`,
  deepLinkData: `${DL}data`,
  deepLinkMessage: `${DL}msg`,
} as const;

export const AGS_SCOPE = {
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
} as const;

export const MESSAGE_TYPES = ["LtiResourceLinkRequest", "LtiDeepLinkingRequest"] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

// Context roles that make a launch an instructor's: LIS v2 membership roles,
// full URIs or the short names LTI 1.3 still allows, and sub-roles of Instructor.
const INSTRUCTOR_ROLES = new Set(["Instructor", "Administrator", "ContentDeveloper"]);
const MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";

export function isInstructorRole(role: string): boolean {
  if (INSTRUCTOR_ROLES.has(role)) return true;
  if (role.startsWith(`${MEMBERSHIP}/Instructor#`)) return true;
  if (!role.startsWith(`${MEMBERSHIP}#`)) return false;
  return INSTRUCTOR_ROLES.has(role.slice(MEMBERSHIP.length + 1));
}

const nonEmpty = z.string().trim().min(1).max(1000);
const url = z.url({ protocol: /^https?$/ }).max(2000);

const common = z.object({
  sub: nonEmpty,
  name: z.string().max(200).optional(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
  email: z.string().max(254).optional(),
  [CLAIM.deploymentId]: nonEmpty,
  [CLAIM.roles]: z.array(z.string().max(300)).max(100),
  [CLAIM.context]: z.object({
    id: nonEmpty,
    title: z.string().max(300).optional(),
    label: z.string().max(300).optional(),
  }),
  [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
});

const resourceLinkLaunch = common.extend({
  [CLAIM.targetLinkUri]: url,
  [CLAIM.resourceLink]: z.object({ id: nonEmpty, title: z.string().max(300).optional() }),
  [CLAIM.ags]: z
    .object({
      scope: z.array(z.string()).default([]),
      lineitem: url.optional(),
      lineitems: url.optional(),
    })
    .optional(),
});

const deepLinkingLaunch = common.extend({
  [CLAIM.deepLinkingSettings]: z.object({
    deep_link_return_url: url,
    accept_types: z.array(z.string()).refine((t) => t.includes("ltiResourceLink"), "must accept ltiResourceLink"),
    accept_presentation_document_targets: z.array(z.string()),
    accept_lineitem: z.boolean().optional(),
    data: z.string().max(4000).optional(),
  }),
});

type Common = {
  deploymentId: string;
  sub: string;
  name: string;
  email: string | null;
  roles: string[];
  role: "instructor" | "learner";
  context: { id: string; title: string | null };
  custom: Record<string, string>;
};

export type ResourceLinkLaunch = Common & {
  messageType: "LtiResourceLinkRequest";
  resourceLink: { id: string; title: string | null };
  ags: { scope: string[]; lineItemUrl: string | null; lineItemsUrl: string | null } | null;
};

export type DeepLinkingLaunch = Common & {
  messageType: "LtiDeepLinkingRequest";
  settings: {
    returnUrl: string;
    presentationTargets: string[];
    acceptLineItem: boolean;
    data: string | null;
  };
};

export type Launch = ResourceLinkLaunch | DeepLinkingLaunch;

export type ClaimsResult = { ok: true; launch: Launch } | { ok: false; code: LtiRefusalCode; detail?: string };

/** The claims that failed, by their short names, for the refusal page. */
function missing(error: z.ZodError): string {
  const names = error.issues.map((i) => {
    const [first, ...rest] = i.path.map(String);
    const short = first?.startsWith("https://") ? first.slice(first.lastIndexOf("/") + 1) : first;
    return [short, ...rest].join(".");
  });
  return [...new Set(names)].join(", ");
}

function personName(p: z.output<typeof common>): string {
  const parts = [p.given_name, p.family_name].filter((s) => s?.trim()).join(" ");
  return (p.name?.trim() || parts || "LMS user").slice(0, 100);
}

function commonPart(p: z.output<typeof common>): Common {
  const roles = p[CLAIM.roles];
  const custom = Object.fromEntries(
    Object.entries(p[CLAIM.custom] ?? {}).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  );
  const email = p.email && z.email().safeParse(p.email).success ? p.email.toLowerCase() : null;
  return {
    deploymentId: p[CLAIM.deploymentId],
    sub: p.sub,
    name: personName(p),
    email,
    roles,
    role: roles.some(isInstructorRole) ? "instructor" : "learner",
    context: { id: p[CLAIM.context].id, title: p[CLAIM.context].title?.trim() || p[CLAIM.context].label || null },
    custom,
  };
}

/**
 * Reads a verified id_token's LTI claims: version 1.3.0, a message type
 * Sourced takes, a deployment this registration lists, and every claim that
 * message needs (Sourced also needs the course, to give it a class).
 */
export function readLaunchClaims(payload: Record<string, unknown>, deploymentIds: readonly string[]): ClaimsResult {
  const version = payload[CLAIM.version];
  const type = payload[CLAIM.messageType];
  if (version === undefined || type === undefined) {
    const absent = [version === undefined && "version", type === undefined && "message_type"].filter(Boolean);
    return { ok: false, code: "missing_claims", detail: absent.join(", ") };
  }
  if (version !== "1.3.0") return { ok: false, code: "wrong_version", detail: String(version) };
  if (type !== "LtiResourceLinkRequest" && type !== "LtiDeepLinkingRequest")
    return { ok: false, code: "wrong_message_type", detail: String(type) };
  const deployment = payload[CLAIM.deploymentId];
  if (typeof deployment === "string" && deployment && !deploymentIds.includes(deployment))
    return { ok: false, code: "wrong_deployment", detail: deployment };

  if (type === "LtiResourceLinkRequest") {
    const parsed = resourceLinkLaunch.safeParse(payload);
    if (!parsed.success) return { ok: false, code: "missing_claims", detail: missing(parsed.error) };
    const p = parsed.data;
    const ags = p[CLAIM.ags];
    return {
      ok: true,
      launch: {
        ...commonPart(p),
        messageType: type,
        resourceLink: { id: p[CLAIM.resourceLink].id, title: p[CLAIM.resourceLink].title?.trim() || null },
        ags: ags ? { scope: ags.scope, lineItemUrl: ags.lineitem ?? null, lineItemsUrl: ags.lineitems ?? null } : null,
      },
    };
  }
  const parsed = deepLinkingLaunch.safeParse(payload);
  if (!parsed.success) return { ok: false, code: "missing_claims", detail: missing(parsed.error) };
  const p = parsed.data;
  const s = p[CLAIM.deepLinkingSettings];
  return {
    ok: true,
    launch: {
      ...commonPart(p),
      messageType: type,
      settings: {
        returnUrl: s.deep_link_return_url,
        presentationTargets: s.accept_presentation_document_targets,
        acceptLineItem: s.accept_lineitem !== false,
        data: s.data ?? null,
      },
    },
  };
}

/** Whether a launch's grade service lets Sourced post scores to its line item (or make one). */
export function canPostScores(ags: ResourceLinkLaunch["ags"]): boolean {
  if (!ags || !ags.scope.includes(AGS_SCOPE.score)) return false;
  return Boolean(ags.lineItemUrl || (ags.lineItemsUrl && ags.scope.includes(AGS_SCOPE.lineItem)));
}
