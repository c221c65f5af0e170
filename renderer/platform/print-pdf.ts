// Browser mode's 导出PDF: the page as it is now, made one self-contained document, and printed to PDF by the local
// server that serves the app (scripts/launch/print-endpoint.mjs) with the machine's Chromium, so that it comes out
// as Electron prints it: the same elements under the same print stylesheet, page numbers included.
import { PlanevalError } from '../../shared/base';
import { PRINT_ENDPOINT, PRINT_FAILURES, type PrintFailure } from '../../shared/security/index.mjs';

type Failure = PrintFailure | 'unavailable';

const FAILURE_MESSAGES: Record<Failure, string> = {
  'no-browser': 'print.noBrowser',
  'print-failed': 'print.failed',
  'too-large': 'print.tooLarge',
  // The endpoint refuses only requests that are not this page's: met here, the page came from some other server.
  refused: 'print.unavailable',
  unavailable: 'print.unavailable',
};

/** Every rule of the page's stylesheets as text; the copy is printed where the page's own files are not fetched. */
function pageCss(page: Document): string {
  return [...page.styleSheets]
    .map((sheet) => {
      const rules = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      return sheet.media.mediaText ? `@media ${sheet.media.mediaText} {\n${rules}\n}` : rules;
    })
    .join('\n');
}

/**
 * `page` as one HTML document that prints as the page itself would: its elements as they are now (the 2× chart
 * images in place), the rules of every stylesheet inline, no script, and `title` as the PDF's title.
 */
export function printDocument(page: Document, title: string): string {
  const root = page.documentElement.cloneNode(true) as HTMLElement;
  for (const element of root.querySelectorAll('script, link, style, meta, title, base')) element.remove();
  const charset = page.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const heading = page.createElement('title');
  heading.textContent = title;
  const style = page.createElement('style');
  style.textContent = pageCss(page);
  root.querySelector('head')!.prepend(charset, heading, style);
  const holder = page.createElement('div');
  holder.append(root);
  return `<!DOCTYPE html>\n${holder.getHTML()}`;
}

async function failureOf(response: Response): Promise<Failure> {
  const body: unknown = await response.json().catch(() => null);
  const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
  return PRINT_FAILURES.find((failure) => failure === error) ?? 'unavailable';
}

/** The PDF the local server prints from `html`; when it cannot, a PlanevalError saying why and what to do instead. */
export async function printOnServer(html: string): Promise<Uint8Array> {
  const response = await fetch(PRINT_ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html }).catch(() => null);
  if (response?.ok && response.headers.get('Content-Type') === 'application/pdf') return new Uint8Array(await response.arrayBuffer());
  const failure = response === null ? 'unavailable' : await failureOf(response);
  throw new PlanevalError(failure, FAILURE_MESSAGES[failure]);
}
