// Types for content-types.mjs (kept as plain JavaScript so plain Node can import it).

/** The Content-Type for a file extension such as ".js"; unknown ones are served as bytes. */
export declare function contentTypeFor(extension: string): string;
