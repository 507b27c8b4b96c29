/**
 * A scripted LTI 1.3 platform for the tests: its own RSA key pair and JWKS,
 * an OIDC auth endpoint that signs real id_tokens, a token endpoint that
 * checks the tool's client assertion against the tool's JWKS, a score
 * service, and a deep linking return that verifies the tool's response.
 * Served on loopback by node:http; Vitest and Playwright both drive it.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import {
  calculateJwkThumbprint,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";
const SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
const LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

export type Fault =
  | "bad-signature"
  | "wrong-issuer"
  | "wrong-audience"
  | "expired"
  | "reuse-nonce"
  | "wrong-deployment"
  | "missing-claims";

export type Scenario = {
  sub: string;
  name: string;
  role: "learner" | "instructor";
  context: { id: string; title: string };
  message: "resource" | "deep-link";
  resourceLink?: { id: string; title: string };
  custom?: Record<string, string>;
  /** The line item URL the launch names (AGS); absent: no grade service. */
  lineItem?: string;
  faults?: Fault[];
  /** The auth endpoint waits for a click before posting the token (lets a test lose the cookie first). */
  manual?: boolean;
};

type Key = { privateKey: CryptoKey; jwk: JWK; kid: string };

async function newKey(): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, jwk: { ...jwk, kid, alg: "RS256", use: "sig" }, kid };
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function autoPost(action: string, fields: Record<string, string>, manual: boolean) {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${attr(k)}" value="${attr(v)}">`)
    .join("");
  const script = manual ? "" : "<script>document.forms[0].submit()</script>";
  return page(
    "Platform",
    `<form method="post" action="${attr(action)}">${inputs}<button>Continue</button></form>${script}`,
  );
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
const readForm = async (req: http.IncomingMessage) => new URLSearchParams(await readBody(req));

export class ScriptedPlatform {
  readonly clientId = `client-${randomUUID().slice(0, 8)}`;
  readonly deploymentId = `deployment-${randomUUID().slice(0, 8)}`;
  readonly scores: { lineItem: string; body: Record<string, unknown> }[] = [];
  readonly deepLinks: { payload?: JWTPayload; error?: string }[] = [];
  readonly tokenRequests: { ok: boolean; error?: string }[] = [];
  /** The next n token requests fail with a 503, as a platform that is down would. */
  failTokens = 0;
  /** How the platform checks the tool's signatures: the tool's JWKS over HTTP unless a test sets it. */
  toolKeys: JWTVerifyGetKey;
  private key!: Key;
  private oldKeys: Key[] = [];
  private server!: http.Server;
  private scenarios = new Map<string, Scenario>();
  private accessTokens = new Set<string>();
  private usedNonces: string[] = [];
  origin = "";

  private constructor(readonly toolOrigin: string) {
    this.toolKeys = createRemoteJWKSet(new URL("/lti/jwks", toolOrigin), { cooldownDuration: 0 });
  }

  /** Starts on a free port of `host` (use another host name than the tool's for a cross-site frame). */
  static async start(toolOrigin: string, host = "127.0.0.1"): Promise<ScriptedPlatform> {
    const p = new ScriptedPlatform(toolOrigin);
    p.key = await newKey();
    p.server = http.createServer((req, res) => {
      p.handle(req, res).catch((e) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(e));
      });
    });
    await new Promise<void>((resolve) => p.server.listen(0, "127.0.0.1", resolve));
    p.origin = `http://${host}:${(p.server.address() as AddressInfo).port}`;
    return p;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  get issuer() {
    return this.origin;
  }

  /** What an instructor enters in Sourced's registration form. */
  registration() {
    return {
      name: "Scripted LMS",
      issuer: this.issuer,
      clientId: this.clientId,
      deploymentIds: [this.deploymentId],
      authUrl: `${this.origin}/auth`,
      tokenUrl: `${this.origin}/token`,
      jwksUrl: `${this.origin}/jwks`,
      siteUrl: null,
    };
  }

  /** The new key signs; the old one stays published, as a platform rotating its keys does. */
  async rotateKey(): Promise<void> {
    this.oldKeys.push(this.key);
    this.key = await newKey();
  }

  /** The login initiation's parameters for a scenario (the platform's side of LTI core 5.1.1.1). */
  loginParams(scenario: Scenario): Record<string, string> {
    const hint = randomUUID();
    this.scenarios.set(hint, scenario);
    return {
      iss: this.issuer,
      login_hint: scenario.sub,
      target_link_uri: `${this.toolOrigin}/lti/${scenario.message === "deep-link" ? "deep-link" : "launch"}`,
      lti_message_hint: hint,
      client_id: this.clientId,
      lti_deployment_id: this.deploymentId,
    };
  }

  /** A course page that starts the launch: top-level, or inside an iframe of the tool. */
  coursePage(scenario: Scenario, frame: boolean): string {
    const id = randomUUID();
    this.scenarios.set(`page:${id}`, scenario);
    return `${this.origin}/course/${id}${frame ? "?frame=1" : ""}`;
  }

  /** The id_token the auth endpoint would post for this scenario and nonce, faults applied. */
  async idToken(scenario: Scenario, nonce: string): Promise<string> {
    const faults = new Set(scenario.faults ?? []);
    const claims: JWTPayload = {
      nonce: faults.has("reuse-nonce") && this.usedNonces.length > 0 ? this.usedNonces.at(-1)! : nonce,
      name: scenario.name,
      email: `${scenario.sub}@lms.example`,
      [`${LTI}message_type`]: scenario.message === "deep-link" ? "LtiDeepLinkingRequest" : "LtiResourceLinkRequest",
      [`${LTI}version`]: "1.3.0",
      [`${LTI}deployment_id`]: faults.has("wrong-deployment") ? "another-deployment" : this.deploymentId,
      [`${LTI}roles`]: [`${MEMBERSHIP}#${scenario.role === "instructor" ? "Instructor" : "Learner"}`],
      [`${LTI}context`]: scenario.context,
    };
    this.usedNonces.push(nonce);
    if (scenario.message === "deep-link") {
      claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = {
        deep_link_return_url: `${this.origin}/deep-link-return`,
        accept_types: ["ltiResourceLink"],
        accept_presentation_document_targets: ["iframe", "window"],
        data: "platform-data",
      };
    } else {
      claims[`${LTI}target_link_uri`] = `${this.toolOrigin}/lti/launch`;
      claims[`${LTI}resource_link`] = scenario.resourceLink ?? { id: "no-link", title: "None" };
      if (scenario.custom) claims[`${LTI}custom`] = scenario.custom;
      if (scenario.lineItem)
        claims["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = {
          scope: [SCORE_SCOPE, LINE_ITEM_SCOPE],
          lineitem: scenario.lineItem,
          lineitems: `${this.origin}/lineitems`,
        };
    }
    if (faults.has("missing-claims")) {
      delete claims[`${LTI}context`];
      delete claims[`${LTI}resource_link`];
    }
    const signer = faults.has("bad-signature") ? { ...(await newKey()), kid: this.key.kid } : this.key;
    const now = Math.floor(Date.now() / 1000);
    const iat = faults.has("expired") ? now - 3600 : now;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: signer.kid, typ: "JWT" })
      .setIssuer(faults.has("wrong-issuer") ? "https://impostor.example" : this.issuer)
      .setAudience(faults.has("wrong-audience") ? "another-client" : this.clientId)
      .setSubject(scenario.sub)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 300)
      .sign(signer.privateKey);
  }

  /** A line item URL of this platform, for a scenario's grade service. */
  lineItemUrl(id: string) {
    return `${this.origin}/lineitems/${id}`;
  }

  /** Checks a deep linking response as a platform must (LTI DL 4.2): the tool's signature, iss, aud, type. */
  async verifyDeepLinkResponse(jwt: string): Promise<JWTPayload> {
    const { payload } = await jwtVerify(jwt, this.toolKeys, {
      issuer: this.clientId,
      audience: this.issuer,
      algorithms: ["RS256"],
    });
    if (payload[`${LTI}message_type`] !== "LtiDeepLinkingResponse") throw new Error("not a deep linking response");
    if (payload[`${LTI}deployment_id`] !== this.deploymentId) throw new Error("wrong deployment");
    return payload;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", this.origin);
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    if (url.pathname === "/jwks")
      return send(200, "application/json", JSON.stringify({ keys: [this.key.jwk, ...this.oldKeys.map((k) => k.jwk)] }));

    if (url.pathname.startsWith("/course/")) {
      const scenario = this.scenarios.get(`page:${url.pathname.slice("/course/".length)}`);
      if (!scenario) return send(404, "text/plain", "no such course page");
      const login = autoPost(`${this.toolOrigin}/lti/login`, this.loginParams(scenario), false);
      if (!url.searchParams.has("frame")) return send(200, "text/html", login);
      const id = randomUUID();
      this.scenarios.set(`frame:${id}`, scenario);
      return send(
        200,
        "text/html",
        page(
          "Course",
          `<h1>Course page</h1><iframe title="Sourced activity" src="/frame/${id}" width="900" height="700"></iframe>`,
        ),
      );
    }
    if (url.pathname.startsWith("/frame/")) {
      const scenario = this.scenarios.get(`frame:${url.pathname.slice("/frame/".length)}`);
      if (!scenario) return send(404, "text/plain", "no such frame");
      return send(200, "text/html", autoPost(`${this.toolOrigin}/lti/login`, this.loginParams(scenario), false));
    }

    if (url.pathname === "/auth") {
      const q = url.searchParams;
      const scenario = this.scenarios.get(q.get("lti_message_hint") ?? "");
      const redirect = q.get("redirect_uri");
      if (!scenario || q.get("client_id") !== this.clientId || redirect !== `${this.toolOrigin}/lti/launch`)
        return send(400, "text/plain", "bad authentication request");
      if (q.get("scope") !== "openid" || q.get("response_type") !== "id_token" || !q.get("nonce") || !q.get("state"))
        return send(400, "text/plain", "bad OIDC parameters");
      const token = await this.idToken(scenario, q.get("nonce")!);
      return send(
        200,
        "text/html",
        autoPost(redirect, { id_token: token, state: q.get("state")! }, Boolean(scenario.manual)),
      );
    }

    if (url.pathname === "/token" && req.method === "POST") {
      const form = await readForm(req);
      try {
        if (this.failTokens > 0) {
          this.failTokens -= 1;
          throw new Error("platform unavailable");
        }
        if (form.get("grant_type") !== "client_credentials") throw new Error("grant_type");
        const { payload } = await jwtVerify(form.get("client_assertion") ?? "", this.toolKeys, {
          issuer: this.clientId,
          subject: this.clientId,
          audience: `${this.origin}/token`,
          algorithms: ["RS256"],
        });
        if (!payload.jti) throw new Error("no jti");
        const token = randomUUID();
        this.accessTokens.add(token);
        this.tokenRequests.push({ ok: true });
        return send(
          200,
          "application/json",
          JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: 3600, scope: form.get("scope") }),
        );
      } catch (e) {
        this.tokenRequests.push({ ok: false, error: String(e) });
        return send(
          e instanceof Error && e.message === "platform unavailable" ? 503 : 401,
          "application/json",
          JSON.stringify({ error: "invalid_client" }),
        );
      }
    }

    const bearer = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
    if (url.pathname === "/lineitems" && req.method === "POST") {
      if (!this.accessTokens.has(bearer)) return send(401, "text/plain", "no token");
      const body = JSON.parse((await readBody(req)) || "{}") as Record<string, unknown>;
      return send(
        201,
        "application/vnd.ims.lis.v2.lineitem+json",
        JSON.stringify({ ...body, id: this.lineItemUrl(randomUUID()) }),
      );
    }
    const scores = /^\/lineitems\/([^/]+)\/scores$/.exec(url.pathname);
    if (scores && req.method === "POST") {
      if (!this.accessTokens.has(bearer)) return send(401, "text/plain", "no token");
      if (req.headers["content-type"] !== "application/vnd.ims.lis.v1.score+json")
        return send(415, "text/plain", "type");
      this.scores.push({ lineItem: this.lineItemUrl(scores[1]!), body: JSON.parse(await readBody(req)) });
      return send(200, "application/json", "{}");
    }

    if (url.pathname === "/deep-link-return" && req.method === "POST") {
      const form = await readForm(req);
      try {
        const payload = await this.verifyDeepLinkResponse(form.get("JWT") ?? "");
        this.deepLinks.push({ payload });
        const items = payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as { title: string }[];
        return send(
          200,
          "text/html",
          page("Deep linking done", `<h1>Deep linking response verified</h1><p>Added: ${attr(items[0]!.title)}</p>`),
        );
      } catch (e) {
        this.deepLinks.push({ error: String(e) });
        return send(
          400,
          "text/html",
          page("Deep linking failed", `<h1>Deep linking response refused</h1><p>${attr(String(e))}</p>`),
        );
      }
    }
    return send(404, "text/plain", "not found");
  }
}
