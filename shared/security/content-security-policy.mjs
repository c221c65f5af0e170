// The Content-Security-Policy every page of PlanEval is served with, in Electron (app://planeval) and in
// browser mode (scripts/static-server.mjs). Plain JavaScript, not TypeScript, so that plain Node 20 can
// import it without a loader: this file is the one source of the policy for both.

/** Only the app's own files; inline styles for React's style props; blob: workers for parsing off the UI thread. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
