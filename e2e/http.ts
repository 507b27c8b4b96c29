import http from "node:http";
import type { Locator, Page } from "@playwright/test";

/**
 * Raw HTTP to the server under test, for what a browser cannot do: connect
 * from another loopback address (127.0.0.2 …: a different client as far as
 * the server's socket can tell), forge headers, send oversized bodies, or
 * replay a form with extra fields.
 */
export const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3300}`;

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function raw(
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    from?: string;
    /** Another server than the one under test (e2e/servers.spec.ts runs two). */
    base?: string;
  } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${options.base ?? BASE}${path}`,
      {
        method: options.method ?? "GET",
        // As browsers do: a body goes with its length (the server refuses one without, 411).
        headers:
          options.body === undefined
            ? options.headers
            : { "content-length": String(Buffer.byteLength(options.body)), ...options.headers },
        localAddress: options.from,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** The cookies of a page's browser context, as one Cookie header: to send raw requests as that user. */
export async function cookiesOf(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** "name=value" pairs of a response's Set-Cookie headers, as one Cookie header. */
export const cookieHeader = (res: RawResponse) =>
  (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!).join("; ");

export const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token/;

/**
 * Signs in through Auth.js's own endpoints, from the given address, as a
 * script would: "ok" with the session cookie, or why not.
 */
export async function signInOverHttp(
  email: string,
  password: string,
  from: string,
  headers: Record<string, string> = {},
  base = BASE,
): Promise<{ outcome: "ok" | "invalid" | "rate_limited"; cookie: string }> {
  const csrf = await raw("/api/auth/csrf", { from, headers, base });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await raw("/api/auth/callback/credentials", {
    method: "POST",
    from,
    base,
    headers: {
      ...headers,
      cookie: cookieHeader(csrf),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/articles" }).toString(),
  });
  const session = (res.headers["set-cookie"] ?? []).find((c) => SESSION_COOKIE.test(c) && !/=;/.test(c));
  if (session) return { outcome: "ok", cookie: session.split(";")[0]! };
  return { outcome: /code=rate_limited/.test(res.headers.location ?? "") ? "rate_limited" : "invalid", cookie: "" };
}

/**
 * The hidden fields Next.js renders into a server-action form (which action,
 * with which bound arguments), read from the page, so a test can replay the
 * form as a browser without JavaScript would, with fields of its choosing.
 */
export async function actionFields(page: Page, button: string): Promise<[string, string][]> {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: button }) });
  return form.evaluate((f: HTMLFormElement) =>
    [...new FormData(f).entries()]
      .filter(([k]) => k.startsWith("$ACTION"))
      .map(([k, v]) => [k, String(v)] as [string, string]),
  );
}

/**
 * Every field of the form holding this button (inside `scope`), hidden ones
 * included: a form to replay as is. It must be a form the server rendered:
 * one React rendered in the browser carries no action fields.
 */
export async function formFields(scope: Locator, button: string): Promise<[string, string][]> {
  const form = scope.locator("form").filter({ has: scope.page().getByRole("button", { name: button }) });
  return form.evaluate((f: HTMLFormElement) =>
    [...new FormData(f).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
  );
}

/** A multipart body (and its content type) for raw(). */
export async function multipart(fields: [string, string][]): Promise<{ body: Buffer; type: string }> {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  const req = new Request("http://local/", { method: "POST", body: form });
  return { body: Buffer.from(await req.arrayBuffer()), type: req.headers.get("content-type")! };
}
