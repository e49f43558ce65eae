/**
 * The security headers every response carries. Pure: used by the front door (src/lib/http/front-door.ts: per request, with a
 * nonce) and next.config.ts (static files, which the front door hands on as they are).
 *
 * Scripts run only from this origin or with the response's nonce: no 'unsafe-inline' for scripts.
 * Styles keep 'unsafe-inline': recharts draws with style attributes and Next.js and React set inline
 * styles, and a style-src nonce cannot cover style attributes (a nonce would also switch
 * 'unsafe-inline' off). Inline styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; production never does.
    `script-src 'self' 'nonce-${nonce}'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers that do not change per request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  // frame-ancestors 'none' says the same to browsers that read CSP; this is for those that do not.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

const NONCE_BYTES = 16;
// Random bytes are drawn 4 KiB at a time (one call per 256 nonces instead of one each); no byte is used twice.
const pool = new Uint8Array(4096);
let used = pool.length;

/** A fresh, unguessable nonce: 16 random bytes, base64 (what CSP's nonce-source expects). */
export function newNonce(): string {
  if (used + NONCE_BYTES > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const bytes = pool.subarray(used, used + NONCE_BYTES);
  used += NONCE_BYTES;
  return btoa(String.fromCharCode(...bytes));
}
