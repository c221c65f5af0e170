// Types for headless-print.mjs.

/** Arguments that print `url` to `pdfFile` without a window, and without the browser's own header and footer. */
export declare function headlessPrintArgs(url: string, pdfFile: string, profileDir: string, options: { platform: NodeJS.Platform; isRoot: boolean }): string[];
/** Prints `url` with the browser at `browser`; resolves to the PDF's bytes, rejects saying what went wrong. */
export declare function printToPdf(browser: string, url: string, options: { platform: NodeJS.Platform; isRoot: boolean; /** 120 s unless given: a report of twenty-odd pages takes a few seconds. */ timeoutMs?: number }): Promise<Uint8Array>;
