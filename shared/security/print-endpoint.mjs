// Browser mode's print endpoint as both of its ends know it: the page posts its print document there and the static
// server (scripts/static-server.mjs) answers with the PDF, or with one of the reasons below. Plain JavaScript, so
// that plain Node can import it.

/** Where the page posts its print document: POST, Content-Type text/html, from the page's own origin only. */
export const PRINT_ENDPOINT = '/__planeval/print-to-pdf';

/** The reasons in the JSON body ({ "error": reason }) of an answer that is not a PDF. */
export const PRINT_FAILURES = ['no-browser', 'print-failed', 'too-large', 'refused'];

/** The copy being printed runs no script and loads nothing but its own inline styles and data: images. */
export const PRINT_DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
