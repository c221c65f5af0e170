// webDecryptor, the pure-TypeScript decryptor: every encrypted corpus file opens to the same cells as with
// officecrypto-tool (the reference implementation, used here only as the oracle), wrong passwords give null,
// and importing through it gives the same observations.
import { readdirSync, readFileSync } from 'node:fs';
import officeCrypto from 'officecrypto-tool';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { EXCEL_DEFAULT_PASSWORD, readWorkbook, type Decryptor } from '../../../shared/ingest';
import { isEncryptedCompoundFile } from '../../../shared/ingest/read/decrypt';
import { webDecryptor } from '../../../shared/ingest/read/decryptors';
import { HAS_SHARED, NO_SHARED_REASON, sharedPath } from '../../support/shared-dir';
import { buildWorkbook, testPlan } from './support';
import { importFile } from '../../../shared/import';

/** The oracle: officecrypto-tool (Node only) behind the same port. */
const officeCryptoDecryptor: Decryptor = async (bytes, password) => {
  try {
    return new Uint8Array(await officeCrypto.decrypt(Buffer.from(bytes), { password }));
  } catch (error) {
    if (/password is incorrect/i.test((error as Error).message)) return null;
    throw error;
  }
};

function corpusFile(folder: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedPath('corpus', folder, name)));
}

function encryptedFiles(folder: string): string[] {
  if (!HAS_SHARED) return [];
  return readdirSync(sharedPath('corpus', folder))
    .filter((name) => /\.xls[xmb]?$/.test(name))
    .filter((name) => isEncryptedCompoundFile(corpusFile(folder, name)))
    .sort();
}

/** The data of the FILEPASS record (0x002F) in a corpus file's workbook globals, found by walking the record headers. */
function filePassData(folder: string, name: string): Uint8Array {
  const stream = Uint8Array.from(XLSX.CFB.find(XLSX.CFB.read(corpusFile(folder, name), { type: 'array' }), '/Workbook').content as ArrayLike<number>);
  for (let at = 0; at + 4 <= stream.length; ) {
    const size = stream[at + 2] | (stream[at + 3] << 8);
    if (stream[at] === 0x2f && stream[at + 1] === 0) return stream.subarray(at + 4, at + 4 + size);
    at += 4 + size;
  }
  throw new Error(`${name} has no FILEPASS`);
}

/** Every sheet's cell values, as SheetJS reads them: what the import engine sees. */
function cells(bytes: Uint8Array): Record<string, unknown[][]> {
  const wb = XLSX.read(bytes, { type: 'array' });
  return Object.fromEntries(wb.SheetNames.map((name) => [name, XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1, raw: true })]));
}

async function openWith(decryptor: Decryptor, bytes: Uint8Array, password: string): Promise<Record<string, unknown[][]> | null> {
  const out = await decryptor(bytes, password);
  return out && cells(out);
}

const YEARBOOKS = 'yearbook-exports';
const SHEETJS = 'sheetjs-test-files';

describe.skipIf(!HAS_SHARED)(`CNKI yearbook exports encrypted with Excel's default password (${HAS_SHARED ? 'corpus present' : NO_SHARED_REASON})`, () => {
  // Titles as printed in the files (checked by opening them in a spreadsheet program).
  const titles: Record<string, string> = {
    'part01-over__02-spend-intense__raw-2023.xls': '1-8 各地区研究与试验发展(R&D)经费投入强度',
    'part01-over__03-spend-inner__02-source__raw-2022.xls': '1-14 各地区按资金来源分研究与试验发展(R&D)经费内部支出(2022年)',
    'part02-firm__00-firms__raw-2021.xls': '2-8 各地区规上工业企业数量情况(2021年)',
  };

  it('are exactly the three known files, all with BIFF8 RC4 (FILEPASS version 1.1)', () => {
    const names = encryptedFiles(YEARBOOKS);
    expect(names).toEqual(Object.keys(titles).sort());
    // wEncryptionType 1 (RC4), EncryptionVersionInfo 1.1 ("RC4", the MD5-based one, not CryptoAPI).
    for (const name of names) expect(Array.from(filePassData(YEARBOOKS, name).subarray(0, 6))).toEqual([1, 0, 1, 0, 1, 0]);
  });

  it.each(Object.keys(titles))('%s opens with the default password to the printed title and the oracle’s cells', async (name) => {
    const bytes = corpusFile(YEARBOOKS, name);
    const original = bytes.slice();
    const ours = await openWith(webDecryptor, bytes, EXCEL_DEFAULT_PASSWORD);
    expect(ours).not.toBeNull();
    expect(ours!['1'][0][0]).toBe(titles[name]);
    expect(ours).toEqual(await openWith(officeCryptoDecryptor, bytes, EXCEL_DEFAULT_PASSWORD));
    // The caller's bytes are left as they were (a second password may be tried on them).
    expect(bytes).toEqual(original);
  });

  it.each(Object.keys(titles))('%s gives null for any other password, as the oracle does', async (name) => {
    const bytes = corpusFile(YEARBOOKS, name);
    for (const password of ['password', 'velvetsweatshop']) {
      expect(await webDecryptor(bytes, password)).toBeNull();
      expect(await officeCryptoDecryptor(bytes, password)).toBeNull();
    }
    // The oracle refuses an empty password outright.
    expect(await webDecryptor(bytes, '')).toBeNull();
  });

  it.each(Object.keys(titles))('%s imports to the same observations as through the oracle, and readWorkbook needs no decryptor', async (name) => {
    const bytes = corpusFile(YEARBOOKS, name);
    // Provinces, which the test plan does not list: kept as benchmarks so there are values to compare.
    const ours = await importFile(bytes, name, testPlan(), { decryptor: webDecryptor, benchmarks: true });
    const oracle = await importFile(bytes, name, testPlan(), { decryptor: officeCryptoDecryptor, benchmarks: true });
    expect(ours.error).toBeUndefined();
    const observations = ours.sheets.flatMap((s) => s.tables.flatMap((t) => t.observations));
    expect(observations.length).toBeGreaterThan(0);
    expect(ours).toEqual(oracle);
    expect(await importFile(bytes, name, testPlan(), { benchmarks: true })).toEqual(ours);
    expect((await readWorkbook(bytes, name)).decrypted).toBe(true);
  });
});

describe.skipIf(!HAS_SHARED)(`SheetJS's password_*.xls, every BIFF8 scheme, password "password" (${HAS_SHARED ? 'corpus present' : NO_SHARED_REASON})`, () => {
  const names = encryptedFiles(SHEETJS);

  it('cover XOR obfuscation, RC4 and 40- and 128-bit RC4 CryptoAPI', () => {
    expect(names.filter((n) => n.startsWith('password_'))).toEqual(names);
    const schemes = names.map((name) => {
      const data = filePassData(SHEETJS, name);
      // wEncryptionType (bytes 0–1), vMajor (2–3), and for CryptoAPI the EncryptionHeader's KeySize (bytes 30–31).
      if (data[0] === 0) return 'xor';
      if (data[2] === 1) return 'rc4';
      return `cryptoapi ${data[30] | (data[31] << 8)}-bit`;
    });
    expect(new Set(schemes)).toEqual(new Set(['xor', 'rc4', 'cryptoapi 40-bit', 'cryptoapi 128-bit']));
  });

  it.each(names)('%s opens with "password" to the oracle’s cells', async (name) => {
    const bytes = corpusFile(SHEETJS, name);
    const ours = await openWith(webDecryptor, bytes, 'password');
    expect(ours).not.toBeNull();
    expect(ours).toEqual(await openWith(officeCryptoDecryptor, bytes, 'password'));
  });

  it('all decrypt to the same workbook, whatever the scheme', async () => {
    const opened = await Promise.all(names.map((name) => openWith(webDecryptor, corpusFile(SHEETJS, name), 'password')));
    for (const workbook of opened) expect(workbook).toEqual(opened[0]);
    expect(Object.keys(opened[0]!)).toEqual(['Sheet1', 'Sheet2', 'Sheet3']);
  });

  it.each(names)('%s gives null for the default and other wrong passwords, as the oracle does', async (name) => {
    const bytes = corpusFile(SHEETJS, name);
    for (const password of [EXCEL_DEFAULT_PASSWORD, 'Password', 'passwor']) {
      expect(await webDecryptor(bytes, password)).toBeNull();
      expect(await officeCryptoDecryptor(bytes, password)).toBeNull();
    }
  });

  it('through the import engine: the right password opens, a wrong one is password-wrong, none is password-required', async () => {
    const bytes = corpusFile(SHEETJS, 'password_2002_128_strong.xls');
    expect((await importFile(bytes, 'p.xls', testPlan(), { password: 'password' })).error).toBeUndefined();
    expect((await importFile(bytes, 'p.xls', testPlan(), { password: 'nope' })).error?.code).toBe('password-wrong');
    expect((await importFile(bytes, 'p.xls', testPlan())).error?.code).toBe('password-required');
  });
});

// No encrypted .xlsx is in the corpus, so the oracle encrypts a real one (Agile by default, or Standard) and the
// expected cells are the plain file's own. Key derivation spins 100 000 / 50 000 hashes, hence the long timeouts.
describe.skipIf(!HAS_SHARED)(`encrypted .xlsx, ECMA-376 Agile and Standard (${HAS_SHARED ? 'corpus present' : NO_SHARED_REASON})`, () => {
  const plainName = 'part01-over__01-labor-hour__raw-2021.xlsx';

  it.each([
    ['Agile', {}],
    ['Standard', { type: 'standard' as const }],
  ])('%s: the default password opens to the plain file’s cells, a wrong one gives null', { timeout: 180_000 }, async (_scheme, options) => {
    const plain = corpusFile(YEARBOOKS, plainName);
    const encrypted = new Uint8Array(await officeCrypto.encrypt(Buffer.from(plain), { password: EXCEL_DEFAULT_PASSWORD, ...options }));
    expect(isEncryptedCompoundFile(encrypted)).toBe(true);
    expect(await openWith(webDecryptor, encrypted, EXCEL_DEFAULT_PASSWORD)).toEqual(cells(plain));
    expect(await webDecryptor(encrypted, 'wrong')).toBeNull();
  });
});

describe('files webDecryptor does not decrypt', () => {
  /** A BIFF8 workbook whose globals get a FILEPASS record with the given data right after BOF. */
  function withFilePass(data: number[]): Uint8Array {
    const cfb = XLSX.CFB.read(buildWorkbook([{ rows: [['a', 1]] }], 'biff8'), { type: 'array' });
    const stream = XLSX.CFB.find(cfb, '/Workbook').content as Uint8Array;
    const afterBof = 4 + (stream[2] | (stream[3] << 8));
    const record = [0x2f, 0x00, data.length & 0xff, data.length >> 8, ...data];
    const patched = new Uint8Array([...stream.subarray(0, afterBof), ...record, ...stream.subarray(afterBof)]);
    const out = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(out, 'Workbook', patched);
    return new Uint8Array(XLSX.CFB.write(out, { type: 'array' }));
  }

  it('returns an unencrypted .xls unchanged', async () => {
    const bytes = buildWorkbook([{ rows: [['a', 1]] }], 'biff8');
    expect(await webDecryptor(bytes, EXCEL_DEFAULT_PASSWORD)).toBe(bytes);
  });

  it('rejects an unknown encryption type, naming it', async () => {
    await expect(webDecryptor(withFilePass([2, 0, 1, 0, 1, 0]), 'x')).rejects.toThrow(/不支持的加密方式.*wEncryptionType 2/);
    await expect(webDecryptor(withFilePass([1, 0, 9, 0, 9, 0]), 'x')).rejects.toThrow(/unsupported encryption: RC4 9\.9/);
  });

  it('rejects a FILEPASS too short for its scheme, saying what is missing', async () => {
    await expect(webDecryptor(withFilePass([1, 0, 1, 0, 1, 0, 7, 7]), 'x')).rejects.toThrow(/加密信息不完整.*RC4 EncryptionHeader/);
  });

  it('rejects an RC4 CryptoAPI or Standard encryption header cut short, naming the scheme and the structure', async () => {
    const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
    // EncryptionHeader: flags, size extra, AlgID, AlgIDHash, KeySize, provider type, two reserved words.
    const header = (algId: number, keyBits: number) => [...le32(0), ...le32(0), ...le32(algId), ...le32(0x8004), ...le32(keyBits), ...le32(0), ...le32(0), ...le32(0)];
    // The flags and header size that precede it, then an EncryptionVerifier with a 16-byte salt and 10 bytes after it.
    const cutVerifier = (algId: number, keyBits: number) => [...le32(0), ...le32(32), ...header(algId, keyBits), ...le32(16), ...new Array(26).fill(0)];
    // BIFF8 FILEPASS: wEncryptionType 1, version 2.2 (RC4 CryptoAPI).
    const cryptoApi = (info: number[]) => withFilePass([1, 0, 2, 0, 2, 0, ...info]);
    await expect(webDecryptor(cryptoApi(le32(0)), 'x')).rejects.toThrow(/加密信息不完整.*RC4 CryptoAPI flags and header size/);
    await expect(webDecryptor(cryptoApi([...le32(0), ...le32(8), ...new Array(8).fill(0)]), 'x')).rejects.toThrow(/RC4 CryptoAPI EncryptionHeader/);
    await expect(webDecryptor(cryptoApi(cutVerifier(0x6801, 128)), 'x')).rejects.toThrow(/RC4 CryptoAPI EncryptionVerifier/);
    // An .xlsx's EncryptionInfo, version 3.2 (Standard), AES-128.
    const standard = new Uint8Array([3, 0, 2, 0, ...cutVerifier(0x660e, 128)]);
    const out = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(out, 'EncryptionInfo', standard);
    XLSX.CFB.utils.cfb_add(out, 'EncryptedPackage', new Uint8Array(24));
    await expect(webDecryptor(new Uint8Array(XLSX.CFB.write(out, { type: 'array' })), 'x')).rejects.toThrow(/加密信息不完整.*Standard EncryptionVerifier/);
  });

  it('refuses an Agile .xlsx asking for more hashing rounds than the format allows, or a cipher other than AES-CBC', async () => {
    const agile = (spinCount: number, cipher: string) => {
      const key = `cipherAlgorithm="${cipher}" cipherChaining="ChainingModeCBC" keyBits="256" blockSize="16" hashAlgorithm="SHA512" hashSize="64" saltSize="16" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="`;
      const xml = `<encryption><keyData ${key}/><keyEncryptors><keyEncryptor uri="x"><p:encryptedKey spinCount="${spinCount}" ${key}/></keyEncryptor></keyEncryptors></encryption>`;
      const out = XLSX.CFB.utils.cfb_new();
      XLSX.CFB.utils.cfb_add(out, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new TextEncoder().encode(xml)]));
      XLSX.CFB.utils.cfb_add(out, 'EncryptedPackage', new Uint8Array(24));
      return new Uint8Array(XLSX.CFB.write(out, { type: 'array' }));
    };
    await expect(webDecryptor(agile(20_000_000, 'AES'), 'x')).rejects.toThrow(/spinCount 20000000/);
    await expect(webDecryptor(agile(100_000, 'DES'), 'x')).rejects.toThrow(/不支持的加密算法/);
  });

  it('rejects a compound file with no workbook in it', async () => {
    const out = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(out, 'WordDocument', new Uint8Array(16));
    await expect(webDecryptor(new Uint8Array(XLSX.CFB.write(out, { type: 'array' })), 'x')).rejects.toThrow(/没有工作簿流/);
  });
});
