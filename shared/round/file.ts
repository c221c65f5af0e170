// The round file (.json): one round as canonical JSON in an envelope naming its format, read back only when whole and
// unaltered (its content must still have its hash). The command line writes and reads it; a backup holds the same rows.
import { canonicalJson } from './canonical';
import { RoundError } from './errors';
import { roundHash } from './freeze';
import type { Round, RoundValues } from './model';

export const ROUND_FORMAT = 'planeval-round';
/** The format version this app writes; a newer one is refused. */
export const ROUND_FORMAT_VERSION = 1;

/** The text of a round file. */
export function writeRoundFile(round: Round): string {
  return canonicalJson({ format: ROUND_FORMAT, formatVersion: ROUND_FORMAT_VERSION, round }) + '\n';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function numbers(v: unknown, what: string, fail: (detail: string) => RoundError): number[] {
  if (!Array.isArray(v) || !v.every((n) => n === null || typeof n === 'number')) throw fail(what);
  return v.map((n) => (n === null ? NaN : n));
}

/** The typed columns of the values back from their JSON arrays; anything misshapen names its field. */
function valuesFromJson(v: unknown, fail: (detail: string) => RoundError): RoundValues {
  if (!isRecord(v)) throw fail('inputs.values');
  const repeated = (name: string) => {
    const c = v[name];
    if (!isRecord(c) || !Array.isArray(c.distinct) || !c.distinct.every((s) => typeof s === 'string')) throw fail(`inputs.values.${name}`);
    return { distinct: c.distinct as string[], indexOf: Uint32Array.from(numbers(c.indexOf, `inputs.values.${name}.indexOf`, fail)) };
  };
  const joined = (name: string) => {
    const c = v[name];
    if (!isRecord(c) || typeof c.text !== 'string') throw fail(`inputs.values.${name}`);
    return { text: c.text, ends: Uint32Array.from(numbers(c.ends, `inputs.values.${name}.ends`, fail)) };
  };
  const files = v.files;
  if (!Array.isArray(files) || !files.every((f) => isRecord(f) && ['fileName', 'fileHash', 'importedAt'].every((k) => typeof f[k] === 'string'))) throw fail('inputs.values.files');
  const values: RoundValues = {
    indicatorIds: repeated('indicatorIds'),
    regions: repeated('regions'),
    years: Float64Array.from(numbers(v.years, 'inputs.values.years', fail)),
    values: Float64Array.from(numbers(v.values, 'inputs.values.values', fail)),
    sheets: repeated('sheets'),
    cells: joined('cells'),
    rawTexts: joined('rawTexts'),
    extras: isRecord(v.extras) ? (v.extras as RoundValues['extras']) : {},
    files: files as RoundValues['files'],
    fileOf: Uint32Array.from(numbers(v.fileOf, 'inputs.values.fileOf', fail)),
  };
  const n = values.years.length;
  const columns = [values.indicatorIds.indexOf, values.regions.indexOf, values.values, values.sheets.indexOf, values.cells.ends, values.rawTexts.ends, values.fileOf];
  if (columns.some((c) => c.length !== n)) throw fail('inputs.values: columns of different lengths');
  return values;
}

/** A round's ledger and progress as JSON: the item and record fields the report reads, each of its type. */
function tasksShaped(v: unknown): boolean {
  if (!isRecord(v) || !isRecord(v.ledger) || !Array.isArray(v.ledger.items) || !Array.isArray(v.ledger.sections) || !Array.isArray(v.progress)) return false;
  const item = (i: unknown) => isRecord(i) && ['id', 'section', 'title', 'kind', 'verb', 'lead'].every((k) => typeof i[k] === 'string');
  const record = (p: unknown) => isRecord(p) && typeof p.itemId === 'string' && typeof p.year === 'number' && Array.isArray(p.evidence) && typeof p.updatedAt === 'string';
  return v.ledger.items.every(item) && v.progress.every(record);
}

/**
 * Reads a round file; throws RoundError naming the file and what is wrong when it is not a round file, is of a newer
 * format, is misshapen, or was altered since it was frozen (its content no longer has its hash).
 */
export async function readRoundFile(text: string, file: string): Promise<Round> {
  const fail = (detail: string) => new RoundError('malformed', 'round.error.malformed', { file, detail });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RoundError('not-a-round', 'round.error.notARound', { file });
  }
  if (!isRecord(parsed) || parsed.format !== ROUND_FORMAT) throw new RoundError('not-a-round', 'round.error.notARound', { file });
  if (typeof parsed.formatVersion !== 'number' || parsed.formatVersion > ROUND_FORMAT_VERSION) {
    throw new RoundError('newer-format', 'round.error.newer', { file, version: String(parsed.formatVersion), supported: ROUND_FORMAT_VERSION });
  }
  return roundFromRow(parsed.round, file, fail);
}

/** A round stored as JSON (a round file's, a backup's row) back to a round, checked field by field and by its hash. */
export async function roundFromRow(row: unknown, file: string, fail = (detail: string) => new RoundError('malformed', 'round.error.malformed', { file, detail })): Promise<Round> {
  if (!isRecord(row)) throw fail('round');
  for (const key of ['id', 'projectId', 'name', 'kind', 'cutoff', 'frozenAt', 'hash']) if (typeof row[key] !== 'string') throw fail(key);
  if (typeof row.asOf !== 'number') throw fail('asOf');
  const inputs = row.inputs;
  if (!isRecord(inputs) || !isRecord(inputs.plan) || !isRecord(inputs.settings)) throw fail('inputs');
  if (!isRecord(row.evaluation)) throw fail('evaluation');
  if (inputs.tasks !== undefined && !tasksShaped(inputs.tasks)) throw fail('inputs.tasks');
  const round = { ...row, inputs: { ...inputs, values: ArrayBuffer.isView((inputs.values as RoundValues | undefined)?.years) ? inputs.values : valuesFromJson(inputs.values, fail) } } as unknown as Round;
  if ((await roundHash(round)) !== round.hash) throw new RoundError('hash-mismatch', 'round.error.hash', { file, name: round.name });
  return round;
}

/** A round as plain JSON (typed arrays as arrays): the row a backup holds, read back by roundFromRow. */
export function roundToRow(round: Round): unknown {
  return JSON.parse(canonicalJson(round));
}
