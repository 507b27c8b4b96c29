import { describe, expect, it } from "vitest";
import { AGS_SCOPE, CLAIM, canPostScores, isInstructorRole, readLaunchClaims } from "./claims";

const MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";

function resourceLinkPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: "https://lms.example",
    aud: "client-1",
    sub: "user-17",
    given_name: "Ada",
    family_name: "Lovelace",
    email: "Ada@School.Example",
    [CLAIM.messageType]: "LtiResourceLinkRequest",
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: "dep-1",
    [CLAIM.targetLinkUri]: "https://tool.example/lti/launch",
    [CLAIM.resourceLink]: { id: "rl-1", title: "Week 1" },
    [CLAIM.roles]: [`${MEMBERSHIP}#Learner`],
    [CLAIM.context]: { id: "course-9", title: "History 101" },
    [CLAIM.custom]: { sourced_assignment: "a-1", count: 3 },
    [CLAIM.ags]: { scope: [AGS_SCOPE.score], lineitem: "https://lms.example/li/4" },
    ...overrides,
  };
}

function deepLinkPayload(settings: Record<string, unknown> = {}): Record<string, unknown> {
  const { [CLAIM.resourceLink]: _rl, [CLAIM.targetLinkUri]: _t, [CLAIM.ags]: _a, ...rest } = resourceLinkPayload();
  return {
    ...rest,
    [CLAIM.messageType]: "LtiDeepLinkingRequest",
    [CLAIM.roles]: [`${MEMBERSHIP}#Instructor`],
    [CLAIM.deepLinkingSettings]: {
      deep_link_return_url: "https://lms.example/dl/return",
      accept_types: ["link", "ltiResourceLink"],
      accept_presentation_document_targets: ["iframe", "window"],
      data: "opaque",
      ...settings,
    },
  };
}

describe("readLaunchClaims", () => {
  it("reads a learner's resource link launch", () => {
    const result = readLaunchClaims(resourceLinkPayload(), ["dep-1"]);
    expect(result).toEqual({
      ok: true,
      launch: {
        messageType: "LtiResourceLinkRequest",
        deploymentId: "dep-1",
        sub: "user-17",
        name: "Ada Lovelace",
        email: "ada@school.example",
        roles: [`${MEMBERSHIP}#Learner`],
        role: "learner",
        context: { id: "course-9", title: "History 101" },
        custom: { sourced_assignment: "a-1" },
        resourceLink: { id: "rl-1", title: "Week 1" },
        ags: { scope: [AGS_SCOPE.score], lineItemUrl: "https://lms.example/li/4", lineItemsUrl: null },
      },
    });
  });

  it("reads a deep linking request", () => {
    const result = readLaunchClaims(deepLinkPayload(), ["dep-0", "dep-1"]);
    expect(result.ok && result.launch).toMatchObject({
      messageType: "LtiDeepLinkingRequest",
      role: "instructor",
      settings: {
        returnUrl: "https://lms.example/dl/return",
        presentationTargets: ["iframe", "window"],
        acceptLineItem: true,
        data: "opaque",
      },
    });
    const noLineItems = readLaunchClaims(deepLinkPayload({ accept_lineitem: false }), ["dep-1"]);
    expect(
      noLineItems.ok && noLineItems.launch.messageType === "LtiDeepLinkingRequest" && noLineItems.launch.settings,
    ).toMatchObject({ acceptLineItem: false });
  });

  it.each([
    ["a deployment the registration does not list", { [CLAIM.deploymentId]: "dep-2" }, "wrong_deployment", "dep-2"],
    ["another LTI version", { [CLAIM.version]: "1.1" }, "wrong_version", "1.1"],
    ["another message type", { [CLAIM.messageType]: "LtiSubmissionReviewRequest" }, "wrong_message_type", undefined],
    ["no version", { [CLAIM.version]: undefined }, "missing_claims", "version"],
    ["no message type", { [CLAIM.messageType]: undefined }, "missing_claims", "message_type"],
    ["no deployment", { [CLAIM.deploymentId]: undefined }, "missing_claims", "deployment_id"],
    ["no subject", { sub: "" }, "missing_claims", "sub"],
    ["no roles", { [CLAIM.roles]: undefined }, "missing_claims", "roles"],
    ["no resource link id", { [CLAIM.resourceLink]: { title: "x" } }, "missing_claims", "resource_link.id"],
    ["no course", { [CLAIM.context]: undefined }, "missing_claims", "context"],
    ["no target link", { [CLAIM.targetLinkUri]: "javascript:alert(1)" }, "missing_claims", "target_link_uri"],
  ] as const)("refuses %s", (_label, change, code, detail) => {
    const result = readLaunchClaims(resourceLinkPayload(change), ["dep-1"]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      if (detail) expect(result.detail).toContain(detail);
    }
  });

  it("refuses a deep linking request that cannot take an LTI resource link, or has nowhere to return", () => {
    const types = readLaunchClaims(deepLinkPayload({ accept_types: ["file"] }), ["dep-1"]);
    expect(!types.ok && types.code).toBe("missing_claims");
    const back = readLaunchClaims(deepLinkPayload({ deep_link_return_url: undefined }), ["dep-1"]);
    expect(!back.ok && back.detail).toContain("deep_linking_settings.deep_link_return_url");
  });

  it("names a launch without a name after its parts, or calls it an LMS user", () => {
    const named = readLaunchClaims(resourceLinkPayload({ name: "  Grace Hopper " }), ["dep-1"]);
    expect(named.ok && named.launch.name).toBe("Grace Hopper");
    const nameless = readLaunchClaims(resourceLinkPayload({ given_name: undefined, family_name: undefined }), [
      "dep-1",
    ]);
    expect(nameless.ok && nameless.launch.name).toBe("LMS user");
    const badEmail = readLaunchClaims(resourceLinkPayload({ email: "not an email" }), ["dep-1"]);
    expect(badEmail.ok && badEmail.launch.email).toBeNull();
  });
});

describe("roles", () => {
  it.each([
    [`${MEMBERSHIP}#Instructor`, true],
    [`${MEMBERSHIP}/Instructor#TeachingAssistant`, true],
    [`${MEMBERSHIP}#ContentDeveloper`, true],
    [`${MEMBERSHIP}#Administrator`, true],
    ["Instructor", true],
    [`${MEMBERSHIP}#Learner`, false],
    [`${MEMBERSHIP}#Mentor`, false],
    ["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor", false],
    ["http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator", false],
  ])("%s → instructor: %s", (role, instructor) => {
    expect(isInstructorRole(role)).toBe(instructor);
  });
});

describe("canPostScores", () => {
  it("needs the score scope and a line item, or the right to make one", () => {
    expect(canPostScores(null)).toBe(false);
    expect(canPostScores({ scope: [AGS_SCOPE.score], lineItemUrl: "https://l/1", lineItemsUrl: null })).toBe(true);
    expect(canPostScores({ scope: [], lineItemUrl: "https://l/1", lineItemsUrl: null })).toBe(false);
    expect(canPostScores({ scope: [AGS_SCOPE.score], lineItemUrl: null, lineItemsUrl: "https://l" })).toBe(false);
    expect(
      canPostScores({ scope: [AGS_SCOPE.score, AGS_SCOPE.lineItem], lineItemUrl: null, lineItemsUrl: "https://l" }),
    ).toBe(true);
  });
});
