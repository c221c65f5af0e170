// Types for print-endpoint.mjs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrintFailure } from '../../shared/security/index.mjs';
import type { UserEnvironment } from './user-data.mjs';

/** The largest print document taken: the report page with all of its charts inlined as 2× PNGs is a few megabytes. */
export declare const PRINT_DOCUMENT_LIMIT: number;

/** What printRequestProblem looks at: the request's method, peer and headers. */
export interface PrintRequestFacts {
  method?: string;
  remoteAddress?: string;
  host?: string;
  origin?: string;
  contentType?: string;
  contentLength?: string;
}

/** Why a request to the endpoint is refused, or null when it is the page's own (POST, loopback, own host and origin, UTF-8 HTML, not too large). */
export declare function printRequestProblem(request: PrintRequestFacts, port: number): { status: number; error: PrintFailure } | null;

export interface PrintEndpointOptions {
  /** Where to look for the browser; this process's environment by default. */
  where?: UserEnvironment;
  /** Whether the server runs as root (Chromium then needs --no-sandbox on Linux); this process's by default. */
  isRoot?: boolean;
}

/** The endpoint of one server. */
export declare function printEndpoint(options?: PrintEndpointOptions): {
  /** True for the paths the endpoint answers; the static server leaves those to it. */
  handles(pathname: string): boolean;
  /** Answers a request for one of its paths. */
  answer(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> | void;
};
