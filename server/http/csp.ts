/**
 * The Content-Security-Policy of every page: scripts only from this origin
 * and with this request's nonce (Next.js puts the nonce on its own inline
 * scripts when it finds the policy on the request), nothing embedded, no
 * <base>, no framing by other sites. Styles come from our stylesheet only, so
 * the markup carries no style attributes. Development adds what Next's dev
 * server needs: eval for fast refresh, inline styles for its overlay, and the
 * HMR socket.
 */
export function contentSecurityPolicy(options: { nonce: string; dev: boolean; https: boolean }): string {
  const { nonce, dev, https } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: a fresh nonce for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
