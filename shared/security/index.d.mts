// Types for index.mjs.
export { CONTENT_SECURITY_POLICY } from './content-security-policy.mjs';
export { contentTypeFor } from './content-types.mjs';
export { PRINT_DOCUMENT_POLICY, PRINT_ENDPOINT, PRINT_FAILURES, type PrintFailure } from './print-endpoint.mjs';
