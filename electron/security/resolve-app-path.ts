// Maps an app://planeval request to a file under the renderer's build folder, refusing anything outside it.
import path from 'node:path';
import { isAppUrl } from './app-origin';

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * The file under `root` that `requestUrl` names, or null when the URL is not on app://planeval, is malformed,
 * or would leave `root` (../, encoded separators, NUL bytes). "/" maps to index.html.
 * `pathApi` is node:path; tests pass path.win32 to check Windows separators.
 */
export function resolveAppPath(requestUrl: string, root: string, pathApi: PathApi = path): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const base = pathApi.resolve(root);
  const file = pathApi.resolve(base, `.${pathname}`);
  const relative = pathApi.relative(base, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative)) {
    return null;
  }
  return file;
}
