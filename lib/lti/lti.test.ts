import { describe, expect, it } from "vitest";
import { CLAIM } from "./claims";
import { deepLinkResponseClaims } from "./deep-link";
import { formActionFor, frameAncestorsFor, isFramedPath } from "./csp";
import { retryDelayMs, scoreMessage, scoresUrl } from "./grades";
import { isRefusalCode, LTI_REFUSAL, LTI_REFUSAL_CODES } from "./refusals";
import { authRequestUrl, safeLandingPath, toolUrls } from "./urls";

describe("grades", () => {
  it("adds /scores to a line item's path and keeps its query", () => {
    expect(scoresUrl("https://lms.example/api/lineitems/4?type_id=7")).toBe(
      "https://lms.example/api/lineitems/4/scores?type_id=7",
    );
    expect(scoresUrl("https://lms.example/li/4/")).toBe("https://lms.example/li/4/scores");
  });

  it("backs off from 30 seconds, doubling, to six hours at most", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(40)).toBe(6 * 3_600_000);
    expect(retryDelayMs(0)).toBe(30_000);
  });

  it("writes the score as a completed, fully graded result within its maximum", () => {
    const at = new Date("2026-01-02T03:04:05.000Z");
    expect(scoreMessage({ sub: "u1", score: 2.3333333, maximum: 4, at })).toEqual({
      userId: "u1",
      scoreGiven: 2.333,
      scoreMaximum: 4,
      activityProgress: "Completed",
      gradingProgress: "FullyGraded",
      timestamp: "2026-01-02T03:04:05.000Z",
    });
    expect(scoreMessage({ sub: "u1", score: 9, maximum: 4, at }).scoreGiven).toBe(4);
  });
});

describe("deep linking response", () => {
  const choice = { assignmentId: "a-1", title: "Week 1", questionCount: 5 };
  it("returns one resource link with the assignment and a line item, in a new window where offered", () => {
    const claims = deepLinkResponseClaims({
      deploymentId: "dep-1",
      launchUrl: "https://tool.example/lti/launch",
      data: "opaque",
      acceptLineItem: true,
      presentationTargets: ["iframe", "window"],
      choice,
    });
    expect(claims[CLAIM.messageType]).toBe("LtiDeepLinkingResponse");
    expect(claims[CLAIM.version]).toBe("1.3.0");
    expect(claims[CLAIM.deploymentId]).toBe("dep-1");
    expect(claims[CLAIM.deepLinkData]).toBe("opaque");
    expect(claims[CLAIM.contentItems]).toEqual([
      {
        type: "ltiResourceLink",
        title: "Week 1",
        text: "Sourced quiz: 5 questions.",
        url: "https://tool.example/lti/launch",
        custom: { sourced_assignment: "a-1" },
        lineItem: { scoreMaximum: 5, label: "Week 1", resourceId: "a-1", tag: "sourced" },
        window: { targetName: "sourced" },
      },
    ]);
  });

  it("leaves out the line item and the window when the platform takes neither, and data it did not send", () => {
    const claims = deepLinkResponseClaims({
      deploymentId: "d",
      launchUrl: "https://t/lti/launch",
      data: null,
      acceptLineItem: false,
      presentationTargets: ["iframe"],
      choice,
    });
    const [item] = claims[CLAIM.contentItems] as Record<string, unknown>[];
    expect(item).not.toHaveProperty("lineItem");
    expect(item).not.toHaveProperty("window");
    expect(claims).not.toHaveProperty(CLAIM.deepLinkData);
  });
});

describe("framing and form posts", () => {
  const platforms = [
    "https://moodle.school.org/mod/lti/auth.php",
    "https://moodle.school.org",
    "https://x.instructure.com/",
    "nonsense",
    "javascript:alert(1)",
  ];
  it("lets the registered platforms frame the LTI pages, and nobody frame anything else", () => {
    expect(frameAncestorsFor("/lti/open", platforms)).toBe(
      "'self' https://moodle.school.org https://x.instructure.com",
    );
    expect(frameAncestorsFor("/lti", [])).toBe("'self'");
    for (const path of ["/", "/teach/lti", "/assignments/1", "/lti/jwks", "/ltifoo"])
      expect(frameAncestorsFor(path, platforms)).toBe("'none'");
    expect(isFramedPath("/lti/pick/abc")).toBe(true);
  });

  it("lets the LTI pages' forms post to the registered platforms, and no other page's", () => {
    expect(formActionFor("/lti/pick/abc", platforms)).toBe(
      "'self' https://moodle.school.org https://x.instructure.com",
    );
    expect(formActionFor("/teach", platforms)).toBe("'self'");
  });
});

describe("urls", () => {
  it("names the tool's endpoints under its origin", () => {
    expect(toolUrls("https://sourced.example/")).toEqual({
      login: "https://sourced.example/lti/login",
      launch: "https://sourced.example/lti/launch",
      deepLink: "https://sourced.example/lti/deep-link",
      jwks: "https://sourced.example/lti/jwks",
    });
  });

  it("builds the OIDC request with every parameter LTI requires", () => {
    const u = new URL(
      authRequestUrl({
        authUrl: "https://lms.example/auth?x=1",
        clientId: "c",
        redirectUri: "https://t/lti/launch",
        loginHint: "lh",
        messageHint: "mh",
        state: "s",
        nonce: "n",
      }),
    );
    expect(Object.fromEntries(u.searchParams)).toEqual({
      x: "1",
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: "c",
      redirect_uri: "https://t/lti/launch",
      login_hint: "lh",
      lti_message_hint: "mh",
      state: "s",
      nonce: "n",
    });
  });

  it("lands only on a path of this site", () => {
    expect(safeLandingPath("/assignments/1")).toBe("/assignments/1");
    for (const bad of ["//evil.example", "https://evil.example", "/\\evil", null, ""])
      expect(safeLandingPath(bad)).toBe("/");
  });
});

describe("refusals", () => {
  it("has a title and a message for every code", () => {
    for (const code of LTI_REFUSAL_CODES) {
      expect(LTI_REFUSAL[code].title.length).toBeGreaterThan(10);
      expect(LTI_REFUSAL[code].message.length).toBeGreaterThan(10);
    }
    expect(isRefusalCode("expired")).toBe(true);
    expect(isRefusalCode("nope")).toBe(false);
  });
});
