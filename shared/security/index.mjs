// The app's security headers and the contract of browser mode's print endpoint, in plain JavaScript so that the plain
// Node scripts (npm start, the static server), the Electron main process and the page share them.
export { CONTENT_SECURITY_POLICY } from './content-security-policy.mjs';
export { contentTypeFor } from './content-types.mjs';
export { PRINT_DOCUMENT_POLICY, PRINT_ENDPOINT, PRINT_FAILURES } from './print-endpoint.mjs';
