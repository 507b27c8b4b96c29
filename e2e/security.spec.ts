import { expect, signIn, test, uniqueEmail } from "./fixtures";
import { signUpStudent } from "./learn-helpers";
import { actionFields, multipart, raw, SESSION_COOKIE, signInOverHttp } from "./http";

// The attacks on sessions, sign-in limits, headers and request handling, made
// over HTTP as an attacker would (docs/security.md lists every row and its
// test). Clients that must look different to the server connect from their
// own loopback address, since the server counts the socket's address and
// ignores X-Forwarded-For unless told it sits behind a proxy.

const PASSWORD = "learning by quizzing";
// Loopback addresses of this run's own (all of 127/8 is this machine), so a
// second run against the same PostgreSQL database starts with fresh counters.
const NET = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const addr = (host: number) => `${NET}.${host}`;

test("sign-out ends the session on the server: the reply issues no token and a copied cookie is dead", async ({
  page,
}) => {
  await signUpStudent(page);
  const copied = (await page.context().cookies()).find((c) => SESSION_COOKIE.test(c.name))!;
  const reply = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await page.getByRole("button", { name: "Sign out" }).click();
  const cookies = (await (await reply).headersArray()).filter(
    (h) => h.name.toLowerCase() === "set-cookie" && SESSION_COOKIE.test(h.value),
  );
  expect(cookies.length).toBeGreaterThan(0);
  for (const c of cookies) expect(c.value, "the sign-out reply only clears the cookie").toMatch(/^[^=]+=;/);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  const res = await raw("/progress", { headers: { cookie: `${copied.name}=${copied.value}` } });
  expect(res.status).toBe(307);
  expect(res.headers.location).toMatch(/\/login/);
});

test("tampered and unsigned session cookies are refused", async ({ studentPage }) => {
  const real = (await studentPage.context().cookies()).find((c) => SESSION_COOKIE.test(c.name))!;
  const i = Math.floor(real.value.length / 2);
  const flipped = real.value.slice(0, i) + (real.value[i] === "A" ? "B" : "A") + real.value.slice(i + 1);
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const unsigned = `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: "x", role: "instructor", sid: "x" })}.`;
  for (const value of [flipped, unsigned]) {
    const res = await raw("/teach", { headers: { cookie: `${real.name}=${value}` } });
    expect(res.status).toBe(307);
    expect(res.headers.location).toMatch(/\/login/);
  }
  expect((await raw("/progress", { headers: { cookie: `${real.name}=${real.value}` } })).status).toBe(200);
});

test.describe("sign-in limits", () => {
  let email = "";
  test.beforeEach(async ({ pageAs }) => {
    email = await signUpStudent(await pageAs(null));
  });

  test("a parallel batch of twenty guesses checks at most five passwords", async () => {
    const wrong = Array.from({ length: 20 }, (_, i) => `wrong guess ${i}`);
    const batch = await Promise.all(wrong.map((p) => signInOverHttp(email, p, addr(21))));
    expect(batch.filter((r) => r.outcome !== "rate_limited").length).toBeLessThanOrEqual(5);
    // The pair is locked now: even the right password is refused from there, not from elsewhere.
    expect((await signInOverHttp(email, PASSWORD, addr(21))).outcome).toBe("rate_limited");
    expect((await signInOverHttp(email, PASSWORD, addr(22))).outcome).toBe("ok");

    const mixed = [...wrong.slice(1), PASSWORD];
    const again = await Promise.all(mixed.map((p) => signInOverHttp(email, p, addr(23))));
    expect(again.filter((r) => r.outcome !== "rate_limited").length).toBeLessThanOrEqual(5);
  });

  test("a forged X-Forwarded-For does not move a client to a fresh counter", async () => {
    const tries = Array.from({ length: 50 }, (_, i) => i);
    for (let i = 0; i < tries.length; i += 10) {
      await Promise.all(
        tries.slice(i, i + 10).map((n) =>
          signInOverHttp(uniqueEmail("spray"), "guess-guess", addr(24), {
            "x-forwarded-for": `203.0.113.${n + 1}`,
          }),
        ),
      );
    }
    const forged = { "x-forwarded-for": "198.51.100.77" };
    expect((await signInOverHttp(email, PASSWORD, addr(24), forged)).outcome).toBe("rate_limited");
    expect((await signInOverHttp(email, PASSWORD, addr(25), forged)).outcome).toBe("ok");
  });

  test("an attacker cannot lock the owner out, nor one address its neighbours", async ({ pageAs }) => {
    for (let i = 0; i < 8; i++) await signInOverHttp(email, `guess ${i}`, addr(26));
    expect((await signInOverHttp(email, PASSWORD, addr(26))).outcome).toBe("rate_limited");
    expect((await signInOverHttp(email, PASSWORD, addr(27))).outcome).toBe("ok");

    // Behind one school's NAT: a forgetful student locks only themself.
    const classmate = await signUpStudent(await pageAs(null));
    for (let i = 0; i < 5; i++) await signInOverHttp(email, `forgot ${i}`, addr(28));
    expect((await signInOverHttp(email, PASSWORD, addr(28))).outcome).toBe("rate_limited");
    expect((await signInOverHttp(classmate, PASSWORD, addr(28))).outcome).toBe("ok");
  });
});

test("sign-up is limited per address, and the refused account does not exist", async ({ page }) => {
  // Sixty sign-ups, each hashing a password and signing in: slow on a busy machine.
  test.setTimeout(180_000);
  await page.goto("/signup");
  const fields = await actionFields(page, "Create account");
  const signUp = async (address: string) => {
    const email = uniqueEmail("flood");
    const { body, type } = await multipart([
      ...fields,
      ["name", "Flo Flood"],
      ["email", email],
      ["password", PASSWORD],
    ]);
    const res = await raw("/signup", { method: "POST", from: address, body, headers: { "content-type": type } });
    return { email, res };
  };
  for (let i = 0; i < 60; i += 10) {
    const made = await Promise.all(Array.from({ length: 10 }, () => signUp(addr(29))));
    for (const { res } of made) expect(res.status).toBe(303);
  }
  const refused = await signUp(addr(29));
  expect(refused.res.status).toBe(200);
  expect(refused.res.body).toContain("Too many sign-ups from this network");
  expect((await signInOverHttp(refused.email, PASSWORD, addr(30))).outcome).toBe("invalid");
  expect((await signUp(addr(31))).res.status).toBe(303);
});

test("every response carries the security headers, with a fresh script nonce per page", async ({ studentPage }) => {
  const cookie = (await studentPage.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const pages = [await raw("/"), await raw("/progress", { headers: { cookie } }), await raw("/login")];
  const nonces = new Set<string>();
  for (const res of pages) {
    expect(res.status).toBe(200);
    const csp = String(res.headers["content-security-policy"]);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    nonces.add(nonce!);
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
      expect(csp).toContain(d);
    expect(csp).not.toContain("unsafe-inline");
    // Every script Next.js writes into the page carries this response's nonce.
    const scripts = [...res.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(res.headers["permissions-policy"]).toContain("camera=()");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  }
  expect(nonces.size).toBe(pages.length);
  const https = await raw("/", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  // Static files (not behind the proxy) get the same headers from next.config.js.
  const stylesheet = /\/_next\/static\/[^"']+\.css/.exec(pages[0]!.body)![0];
  const asset = await raw(stylesheet);
  expect(asset.status).toBe(200);
  expect(asset.headers["x-content-type-options"]).toBe("nosniff");
});

test("oversized bodies get 413 and cross-origin actions 403, and neither runs the action", async ({ page }) => {
  await page.goto("/signup");
  const fields = await actionFields(page, "Create account");
  const email = uniqueEmail("csrf");
  const { body, type } = await multipart([
    ...fields,
    ["name", "Cross Origin"],
    ["email", email],
    ["password", PASSWORD],
  ]);
  const evil = await raw("/signup", {
    method: "POST",
    from: addr(32),
    body,
    headers: { "content-type": type, origin: "https://evil.example" },
  });
  expect(evil.status).toBe(403);
  expect(evil.body).toBe("Cross-origin request refused.");
  expect((await signInOverHttp(email, PASSWORD, addr(32))).outcome).toBe("invalid");

  const huge = await raw("/signup", {
    method: "POST",
    from: addr(32),
    body: Buffer.alloc(2 * 1024 * 1024, 0x61),
    headers: { "content-type": "text/plain" },
  });
  expect(huge.status).toBe(413);
  expect(huge.body).toMatch(/too large/);
});

test("a signed-out visitor and a student get nothing from instructor pages", async ({ page, studentPage }) => {
  for (const path of ["/teach", "/teach/content", "/progress"]) {
    const res = await raw(path);
    expect(res.status, path).toBe(307);
    expect(res.headers.location, path).toMatch(/\/login\?callbackUrl=/);
  }
  expect((await studentPage.request.get("/teach/content")).status()).toBe(404);
  await signIn(page, "nobody@example.test", "not a password");
  await expect(page.getByTestId("form-error")).toHaveText("Wrong email or password.");
});
