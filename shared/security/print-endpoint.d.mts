// Types for print-endpoint.mjs (kept as plain JavaScript so plain Node can import it).

/** Where the page posts its print document: POST, Content-Type text/html, from the page's own origin only. */
export declare const PRINT_ENDPOINT: string;

/** Why the endpoint answered without a PDF: no Chromium found, Chromium failed, the document was too large, or the request was not the page's own. */
export type PrintFailure = 'no-browser' | 'print-failed' | 'too-large' | 'refused';

/** The reasons in the JSON body ({ "error": reason }) of an answer that is not a PDF. */
export declare const PRINT_FAILURES: readonly PrintFailure[];

/** The copy being printed runs no script and loads nothing but its own inline styles and data: images. */
export declare const PRINT_DOCUMENT_POLICY: string;
