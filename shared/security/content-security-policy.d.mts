// Types for content-security-policy.mjs (kept as plain JavaScript so plain Node can import it).

/** The Content-Security-Policy header value sent with every page of the app. */
export declare const CONTENT_SECURITY_POLICY: string;
