// Types for index.mjs.
export { CONTENT_SECURITY_POLICY } from './content-security-policy.mjs';
export { contentTypeFor } from './content-types.mjs';
