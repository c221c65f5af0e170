// Checks what the renderer sent over IPC before main acts on it: a compromised page must not be able to
// pass a path, an odd type or an endless string to a dialog or to the file system.
import { bilingual } from '../../shared/base';
import type { FileFilter, IpcChannel, IpcChannels, OpenFilesRequest, PrintToPdfRequest, SaveFileRequest } from '../../shared/ipc';

const MAX_TEXT_LENGTH = 500;
const MAX_FILTERS = 20;
const MAX_EXTENSIONS = 20;
const EXTENSION = /^[A-Za-z0-9]{1,16}$/;
// Names shown in a save dialog: no folders, no characters Windows refuses in a file name.
const FORBIDDEN_NAME_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f]/;

/** A request the renderer sent that main refuses; the message says which field is wrong. */
export class InvalidRequestError extends Error {
  constructor(channel: IpcChannel, problem: string) {
    super(`${bilingual('desktop.ipc.invalid', { channel })}: ${problem}`);
    this.name = 'InvalidRequestError';
  }
}

type Fail = (problem: string) => never;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], fail: Fail): void {
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  if (extra.length > 0) fail(`unexpected field(s) ${extra.join(', ')}`);
}

function optionalText(value: unknown, field: string, fail: Fail): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > MAX_TEXT_LENGTH) fail(`${field} must be a string of at most ${MAX_TEXT_LENGTH} characters`);
  return value;
}

function fileName(value: unknown, field: string, fail: Fail): string {
  const text = optionalText(value, field, fail);
  if (text === undefined || text.trim() === '') fail(`${field} is required`);
  if (FORBIDDEN_NAME_CHARACTERS.test(text) || text === '.' || text === '..') {
    fail(`${field} must be a plain file name without folders or reserved characters (got ${JSON.stringify(text)})`);
  }
  return text;
}

function optionalFilters(value: unknown, fail: Fail): FileFilter[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_FILTERS) fail(`filters must be an array of at most ${MAX_FILTERS} entries`);
  return value.map((filter: unknown, index) => {
    if (!isRecord(filter)) fail(`filters[${index}] must be an object`);
    onlyKeys(filter, ['name', 'extensions'], fail);
    const name = optionalText(filter.name, `filters[${index}].name`, fail);
    if (name === undefined) fail(`filters[${index}].name is required`);
    const extensions = filter.extensions;
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
      fail(`filters[${index}].extensions must be an array of 1 to ${MAX_EXTENSIONS} extensions`);
    }
    extensions.forEach((extension: unknown, at) => {
      if (typeof extension !== 'string' || !EXTENSION.test(extension)) {
        fail(`filters[${index}].extensions[${at}] must be letters and digits without the dot (got ${JSON.stringify(extension)})`);
      }
    });
    return { name, extensions: extensions as string[] };
  });
}

function parseOpenFiles(payload: unknown, fail: Fail): OpenFilesRequest {
  if (!isRecord(payload)) fail('the request must be an object');
  onlyKeys(payload, ['title', 'filters', 'multiple'], fail);
  if (payload.multiple !== undefined && typeof payload.multiple !== 'boolean') fail('multiple must be true or false');
  return {
    title: optionalText(payload.title, 'title', fail),
    filters: optionalFilters(payload.filters, fail),
    multiple: payload.multiple,
  };
}

function parseSaveFile(payload: unknown, fail: Fail): SaveFileRequest {
  if (!isRecord(payload)) fail('the request must be an object');
  onlyKeys(payload, ['suggestedName', 'bytes', 'filters'], fail);
  if (!(payload.bytes instanceof Uint8Array)) fail('bytes must be a Uint8Array');
  return {
    suggestedName: fileName(payload.suggestedName, 'suggestedName', fail),
    bytes: payload.bytes,
    filters: optionalFilters(payload.filters, fail),
  };
}

function parsePrintToPdf(payload: unknown, fail: Fail): PrintToPdfRequest {
  if (!isRecord(payload)) fail('the request must be an object');
  onlyKeys(payload, ['suggestedName'], fail);
  return { suggestedName: fileName(payload.suggestedName, 'suggestedName', fail) };
}

function parseAppInfo(payload: unknown, fail: Fail): void {
  if (payload !== undefined && payload !== null) fail('app:info takes no request');
}

const PARSERS: { [C in IpcChannel]: (payload: unknown, fail: Fail) => IpcChannels[C]['request'] } = {
  'dialog:open-files': parseOpenFiles,
  'dialog:save-file': parseSaveFile,
  'print:to-pdf': parsePrintToPdf,
  'app:info': parseAppInfo,
};

/** The typed request for `channel`, or an InvalidRequestError naming the wrong field. Unknown fields are refused. */
export function parseRequest<C extends IpcChannel>(channel: C, payload: unknown): IpcChannels[C]['request'] {
  const fail: Fail = (problem) => {
    throw new InvalidRequestError(channel, problem);
  };
  return PARSERS[channel](payload, fail);
}
