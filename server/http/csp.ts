/**
 * The Content-Security-Policy of every page: scripts only from this origin
 * and with this request's nonce (Next.js puts the nonce on its own inline
 * scripts when it finds the policy on the request), nothing embedded, no
 * <base>, no framing by other sites (but the LMSs registered for LTI, on
 * the pages they open in their frame). Styles come from our stylesheet only, so
 * the markup carries no style attributes, with one exception: when React
 * streams a part of the page that was not ready inside an <svg> (a chart),
 * it parks it in `<svg style="display:none">` until it moves it into place,
 * so that one attribute value, and only it, is allowed by its hash.
 * Development adds what Next's dev server needs: eval for fast refresh,
 * inline styles for its overlay, and the HMR socket.
 */
// sha256 of "display:none", base64.
const REACT_HIDDEN_SEGMENT = "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='";

export function contentSecurityPolicy(options: {
  nonce: string;
  dev: boolean;
  https: boolean;
  /** Who may frame the page and where its forms may post: the LTI pages widen both (lib/lti/csp.ts). */
  frameAncestors?: string;
  formAction?: string;
}): string {
  const { nonce, dev, https, frameAncestors = "'none'", formAction = "'self'" } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    `style-src-attr ${dev ? "'unsafe-inline'" : `'unsafe-hashes' ${REACT_HIDDEN_SEGMENT}`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formAction}`,
    `frame-ancestors ${frameAncestors}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: a fresh nonce for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
