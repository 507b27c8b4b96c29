import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { createLocalJWKSet } from "jose";
import { closeTestDb, openTestDb, uniqueEmail } from "@/db/testing/test-db";
import { db, type Handle } from "@/db";
import {
  assignments,
  classes,
  enrolments,
  ltiContexts,
  ltiHandoffs,
  ltiResourceLinks,
  ltiUsers,
  users,
} from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { createPlatform, getPlatform, platformSiteUrls } from "@/db/queries/lti/platforms";
import { originOf } from "@/lib/lti/urls";
import { findOpenLogin } from "@/db/queries/lti/logins";
import { CLAIM } from "@/lib/lti/claims";
import { redeemSessionToken } from "./handoff";
import { completeLaunch, type LaunchOutcome } from "./launch";
import { startLogin } from "./login";
import { completePick, openPick } from "./pick";
import { ltiCspSources } from "./csp";
import { toolJwks } from "./keys";
import { platformKeySet, KEY_SET_OPTIONS } from "./platform-keys";
import { ScriptedPlatform, type Scenario } from "./testing/scripted-platform";

const TOOL = "http://127.0.0.1:3999";

let handle: Handle;
let lms: ScriptedPlatform;
let platformId = "";

beforeAll(async () => {
  handle = await openTestDb();
  lms = await ScriptedPlatform.start(TOOL);
  // The platform rotates its keys in one test: let jose refetch the key set at once when a kid is new.
  platformKeySet(`${lms.origin}/jwks`, { ...KEY_SET_OPTIONS, cooldownDuration: 0 });
  const owner = await createUser({ email: uniqueEmail("lti"), name: "Reg", passwordHash: "h", role: "instructor" });
  const created = await createPlatform({ ...lms.registration(), createdBy: owner.id });
  if (created.status !== "created") throw new Error("registration failed");
  platformId = created.id;
  expect(await getPlatform(created.id)).toMatchObject({ issuer: lms.issuer });
});
afterAll(async () => {
  await lms.close();
  await closeTestDb(handle);
});

let n = 0;
function scenario(over: Partial<Scenario> = {}): Scenario {
  n += 1;
  return {
    sub: `user-${n}-${Date.now()}`,
    name: `Person ${n}`,
    role: "learner",
    context: { id: "course-1", title: "History 101" },
    message: "resource",
    resourceLink: { id: "link-1", title: "Week 1" },
    ...over,
  };
}

/** The whole flow as the browser carries it: login initiation, the platform's id_token, the launch. */
async function launch(s: Scenario, options: { cookie?: boolean; replay?: { state: string; token: string } } = {}) {
  const params = lms.loginParams(s);
  const login = await startLogin((k) => params[k] ?? null, TOOL);
  if (!login.ok) return { outcome: { kind: "refused", code: login.code } as LaunchOutcome, state: "", token: "" };
  const nonce = (await findOpenLogin(login.state))!.nonce;
  const token = await lms.idToken(s, nonce);
  const state = options.replay?.state ?? login.state;
  const outcome = await completeLaunch({
    idToken: options.replay?.token ?? token,
    state,
    cookieState: (x) => (options.cookie === false ? null : x),
  });
  return { outcome, state, token };
}

/** Row counts of everything a launch may create. */
async function footprint() {
  const tally = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    users: await tally(users),
    ltiUsers: await tally(ltiUsers),
    classes: await tally(classes),
    contexts: await tally(ltiContexts),
    links: await tally(ltiResourceLinks),
    enrolments: await tally(enrolments),
    handoffs: await tally(ltiHandoffs),
  };
}

describe("LTI launch", () => {
  let assignmentId = "";

  it("gives an instructor's deep linking request a picker, and returns a response the platform verifies", async () => {
    const before = await footprint();
    const { outcome } = await launch(scenario({ role: "instructor", message: "deep-link", sub: "teacher-1" }));
    expect(outcome.kind).toBe("pick");
    const after = await footprint();
    expect(after.users - before.users).toBe(1);
    expect(after.classes - before.classes).toBe(1);
    const pick = await openPick((outcome as { token: string }).token);
    expect(pick?.klass.name).toBe("History 101");

    const [assignment] = await db
      .insert(assignments)
      .values({ classId: pick!.klass.id, title: "Week 1 quiz", kinds: ["true_false"], questionCount: 3 })
      .returning();
    assignmentId = assignment!.id;
    const result = await completePick((outcome as { token: string }).token, assignmentId, TOOL);
    expect(result.status).toBe("return");
    if (result.status !== "return") return;
    expect(result.returnUrl).toBe(`${lms.origin}/deep-link-return`);
    lms.toolKeys = createLocalJWKSet(await toolJwks());
    const payload = await lms.verifyDeepLinkResponse(result.jwt);
    expect(payload[CLAIM.deepLinkData]).toBe("platform-data");
    expect(payload[CLAIM.contentItems]).toEqual([
      expect.objectContaining({
        type: "ltiResourceLink",
        url: `${TOOL}/lti/launch`,
        custom: { sourced_assignment: assignmentId },
        lineItem: expect.objectContaining({ scoreMaximum: 3, resourceId: assignmentId }),
      }),
    ]);
    // The choice is made once.
    expect((await completePick((outcome as { token: string }).token, assignmentId, TOOL)).status).toBe("error");
  });

  it("lands a learner in the assignment: account from the claims, enrolled, signed in once", async () => {
    const s = scenario({ custom: { sourced_assignment: assignmentId }, lineItem: lms.lineItemUrl("li-1") });
    const { outcome } = await launch(s);
    expect(outcome).toMatchObject({ kind: "session", target: `/assignments/${assignmentId}` });
    const token = (outcome as { token: string }).token;
    const user = await redeemSessionToken(token);
    expect(user).toMatchObject({ name: s.name, role: "student", email: `${s.sub}@lms.example` });
    expect(await redeemSessionToken(token)).toBeNull();
    // This file's platform: a PostgreSQL shared by runs keeps other platforms' "link-1".
    const [link] = await db
      .select()
      .from(ltiResourceLinks)
      .where(and(eq(ltiResourceLinks.resourceLinkId, "link-1"), eq(ltiResourceLinks.platformId, platformId)));
    expect(link).toMatchObject({ assignmentId, lineItemUrl: lms.lineItemUrl("li-1") });
    const [enrolled] = await db.select().from(enrolments).where(eq(enrolments.userId, user!.id));
    expect(enrolled?.classId).toBeDefined();
  });

  it("lands the course's instructor in the results, and refuses another instructor of the course", async () => {
    const { outcome } = await launch(scenario({ role: "instructor", sub: "teacher-1" }));
    expect(outcome.kind).toBe("session");
    expect((outcome as { target: string }).target).toMatch(
      new RegExp(`/teach/classes/[0-9a-f-]+/assignments/${assignmentId}$`),
    );
    const before = await footprint();
    const other = await launch(scenario({ role: "instructor" }));
    expect(other.outcome).toEqual({ kind: "refused", code: "not_owner" });
    expect(await footprint()).toEqual(before);
  });

  it("tells a learner an activity is not set up yet, creating nothing", async () => {
    const before = await footprint();
    const { outcome } = await launch(scenario({ context: { id: "course-new", title: "New" } }));
    expect(outcome).toEqual({ kind: "refused", code: "not_ready" });
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ["a bad signature", ["bad-signature"], "bad_signature"],
    ["another issuer", ["wrong-issuer"], "wrong_issuer"],
    ["another audience", ["wrong-audience"], "wrong_audience"],
    ["an expired token", ["expired"], "expired"],
    ["another deployment", ["wrong-deployment"], "wrong_deployment"],
    ["missing claims", ["missing-claims"], "missing_claims"],
    ["a nonce used before", ["reuse-nonce"], "nonce_reused"],
  ] as const)("refuses %s and creates nothing", async (_label, faults, code) => {
    const before = await footprint();
    const { outcome } = await launch(scenario({ custom: { sourced_assignment: assignmentId }, faults: [...faults] }));
    expect(outcome).toMatchObject({ kind: "refused", code });
    expect(await footprint()).toEqual(before);
  });

  it("refuses an unknown issuer or client at login, storing nothing", async () => {
    const params = lms.loginParams(scenario());
    const get = (over: Record<string, string>) => (k: string) => ({ ...params, ...over })[k] ?? null;
    expect(await startLogin(get({ iss: "https://unknown.example" }), TOOL)).toEqual({
      ok: false,
      code: "unknown_platform",
    });
    expect(await startLogin(get({ client_id: "someone-else" }), TOOL)).toEqual({ ok: false, code: "unknown_platform" });
    expect(await startLogin(get({ target_link_uri: "https://evil.example/" }), TOOL)).toMatchObject({
      code: "bad_login",
    });
    expect(await startLogin(get({ lti_deployment_id: "nope" }), TOOL)).toMatchObject({ code: "wrong_deployment" });
  });

  it("refuses a replayed launch and a launch whose browser lost the state cookie", async () => {
    const s = scenario({ custom: { sourced_assignment: assignmentId } });
    const first = await launch(s);
    expect(first.outcome.kind).toBe("session");
    const replay = await launch(s, { replay: { state: first.state, token: first.token } });
    expect(replay.outcome).toEqual({ kind: "refused", code: "state_unknown" });
    const noCookie = await launch(scenario({ custom: { sourced_assignment: assignmentId } }), { cookie: false });
    expect(noCookie.outcome).toEqual({ kind: "no_cookie", state: noCookie.state });
    // The login stays open for the new-window restart.
    expect(await findOpenLogin(noCookie.state)).not.toBeNull();
  });

  it("lets the owner take an activity into a new course, and refuses anyone else", async () => {
    const copied = {
      context: { id: "course-copy", title: "History 101 (copy)" },
      resourceLink: { id: "link-copy", title: "Week 1" },
    };
    const custom = { sourced_assignment: assignmentId };
    const before = await footprint();
    expect((await launch(scenario({ ...copied, custom, role: "instructor" }))).outcome).toEqual({
      kind: "refused",
      code: "other_course",
    });
    expect(await footprint()).toEqual(before);
    const owner = await launch(scenario({ ...copied, custom, role: "instructor", sub: "teacher-1" }));
    expect(owner.outcome).toMatchObject({ kind: "session", target: expect.stringContaining(assignmentId) });
    const again = await launch(scenario({ ...copied, custom }));
    expect(again.outcome).toMatchObject({ kind: "session", target: `/assignments/${assignmentId}` });
  });

  it("has the instructor attach an activity placed without deep linking, then lets learners in", async () => {
    const placed = { resourceLink: { id: "link-by-hand", title: "By hand" } };
    expect((await launch(scenario(placed))).outcome).toEqual({ kind: "refused", code: "not_ready" });
    const { outcome } = await launch(scenario({ ...placed, role: "instructor", sub: "teacher-1" }));
    expect(outcome.kind).toBe("pick");
    const picked = await completePick((outcome as { token: string }).token, assignmentId, TOOL);
    expect(picked.status).toBe("open");
    expect((await launch(scenario(placed))).outcome).toMatchObject({ target: `/assignments/${assignmentId}` });
  });

  it("follows the platform's key rotation without a restart", async () => {
    await lms.rotateKey();
    const { outcome } = await launch(scenario({ custom: { sourced_assignment: assignmentId } }));
    expect(outcome.kind).toBe("session");
  });
});

describe("CSP sources", () => {
  it("lets the registered platforms frame the LTI pages and take their forms, and nothing else", async () => {
    // A PostgreSQL shared by the test files may hold other files' platforms too: every one registered, no other.
    const registered = [...new Set((await platformSiteUrls()).map(originOf).filter((o) => o !== null))].sort();
    expect(registered).toContain(lms.origin);
    expect(await ltiCspSources("/lti/open")).toEqual({
      frameAncestors: ["'self'", ...registered].join(" "),
      formAction: ["'self'", ...registered].join(" "),
    });
    expect(await ltiCspSources("/assignments/x")).toEqual({ frameAncestors: "'none'", formAction: "'self'" });
  });
});
