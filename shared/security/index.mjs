// The app's security headers, in plain JavaScript so that the plain Node scripts (npm start, the static server) and
// the Electron main process share them.
export { CONTENT_SECURITY_POLICY } from './content-security-policy.mjs';
export { contentTypeFor } from './content-types.mjs';
