/**
 * Why a launch was refused, in words for the person who clicked the link in
 * their LMS. Every refusal shows one of these pages and creates nothing.
 */
export const LTI_REFUSAL_CODES = [
  "unknown_platform",
  "bad_login",
  "state_unknown",
  "missing_token",
  "bad_signature",
  "keys_unreachable",
  "wrong_issuer",
  "wrong_audience",
  "expired",
  "nonce_reused",
  "nonce_mismatch",
  "wrong_deployment",
  "missing_claims",
  "wrong_message_type",
  "wrong_version",
  "not_ready",
  "other_course",
  "not_owner",
  "handoff_used",
  "instructors_only",
] as const;
export type LtiRefusalCode = (typeof LTI_REFUSAL_CODES)[number];

export const LTI_REFUSAL: Record<LtiRefusalCode, { title: string; message: string }> = {
  unknown_platform: {
    title: "This LMS is not registered with Sourced",
    message:
      "No LMS connection in Sourced has this issuer and client ID. An instructor adds it under Teach → LMS connections, with the values the LMS shows for the tool.",
  },
  bad_login: {
    title: "The LMS started the launch without what it needs",
    message:
      "The login request lacks the issuer, the login hint or the target link. Check the tool's set-up in the LMS.",
  },
  state_unknown: {
    title: "This launch has expired or was already used",
    message: "Each launch can be used once, within ten minutes. Go back to your course and open the activity again.",
  },
  missing_token: {
    title: "The LMS sent no launch token",
    message: "The launch arrived without an id_token or state. Go back to your course and open the activity again.",
  },
  bad_signature: {
    title: "The launch is not signed by this LMS",
    message:
      "Its signature does not match any key the LMS publishes at its registered key set URL. Check the JWKS URL of this LMS connection.",
  },
  keys_unreachable: {
    title: "Sourced could not fetch the LMS's keys",
    message: "The key set URL of this LMS connection did not answer with keys. Check the JWKS URL, then try again.",
  },
  wrong_issuer: {
    title: "The launch comes from another LMS than the one that started it",
    message: "The token's issuer is not the registered issuer of this LMS connection.",
  },
  wrong_audience: {
    title: "The launch was meant for another tool",
    message: "The token's audience (or authorized party) is not this LMS connection's client ID.",
  },
  expired: {
    title: "The launch token has expired",
    message: "It was issued too long ago, or its times do not add up. Check the LMS server's clock, then launch again.",
  },
  nonce_reused: {
    title: "This launch was already used",
    message: "Its one-time code (nonce) has been used before: a launch can be replayed by no one, not even the LMS.",
  },
  nonce_mismatch: {
    title: "The launch does not belong to this sign-in",
    message: "Its one-time code (nonce) is not the one Sourced issued for this launch.",
  },
  wrong_deployment: {
    title: "This deployment of the tool is not registered",
    message: "The LMS launched from a deployment ID that this LMS connection does not list. Add it to the connection.",
  },
  missing_claims: {
    title: "The launch lacks information Sourced needs",
    message: "The LMS sent a token without some required LTI claims.",
  },
  wrong_message_type: {
    title: "Sourced cannot handle this kind of launch",
    message: "It takes resource link launches and deep linking requests.",
  },
  wrong_version: {
    title: "This is not an LTI 1.3 launch",
    message: "Sourced takes LTI version 1.3.0 only.",
  },
  not_ready: {
    title: "This activity is not set up yet",
    message: "Your instructor has not chosen a Sourced assignment for it. Ask them to open it once from the course.",
  },
  other_course: {
    title: "This activity belongs to another course",
    message:
      "It points at a Sourced assignment of a different class, as happens when a course is copied. Your instructor can add it again from this course.",
  },
  not_owner: {
    title: "This course's class belongs to another instructor",
    message:
      "In Sourced, each course's class has one owner: the instructor who first opened it. Ask them for its results.",
  },
  instructors_only: {
    title: "Only instructors can add Sourced activities",
    message: "The LMS sent a deep linking request for someone without an instructor role in this course.",
  },
  handoff_used: {
    title: "This link has expired or was already used",
    message: "Go back to your course and open the activity again.",
  },
};

export const isRefusalCode = (v: unknown): v is LtiRefusalCode =>
  typeof v === "string" && (LTI_REFUSAL_CODES as readonly string[]).includes(v);
