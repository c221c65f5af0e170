// ECMA-376 Agile encryption (Office 2010+ .xlsx, AES-CBC with SHA-512 by default): [MS-OFFCRYPTO] 2.3.4.10–2.3.4.15.
import { bilingual } from '../../../base';
import { concat, sameBytes, u32Bytes } from './bytes';
import { HASHES, aesDecrypt } from './crypto-primitives';
import { fitTo, spinPasswordHash } from './ooxml-password-hash';
import type { SegmentDecryptor } from './ooxml-standard';

const SEGMENT_SIZE = 4096;
/** The most hashing rounds the format allows (2.3.4.11); a file asking for more is refused rather than left to spin. */
const MAX_SPIN_COUNT = 10_000_000;
const AES_KEY_BITS = [128, 192, 256];
const AES_BLOCK_SIZE = 16;
const VERIFIER_INPUT_BLOCK = new Uint8Array([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]);
const VERIFIER_VALUE_BLOCK = new Uint8Array([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]);
const SECRET_KEY_BLOCK = new Uint8Array([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]);

type Attributes = Record<string, string>;

/** The attributes of every element with this local name (any namespace prefix); the XML is flat and machine-written. */
function elements(xml: string, localName: string): Attributes[] {
  const found: Attributes[] = [];
  for (const match of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${localName}\\b([^>]*)>`, 'g'))) {
    found.push(Object.fromEntries(Array.from(match[1].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g), (a) => [a[1], a[2]])));
  }
  return found;
}

function base64(text: string | undefined, what: string): Uint8Array {
  if (text === undefined) throw new Error(bilingual('ingest.decrypt.infoLacks', { what }));
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

function number(text: string | undefined, what: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(bilingual('ingest.decrypt.infoInvalid', { what }));
  return value;
}

/** The hash an element names, after checking it names AES-CBC with a key size and block size AES has. */
function cipherOf(attributes: Attributes, where: string): (bytes: Uint8Array) => Uint8Array {
  const aes = AES_KEY_BITS.includes(Number(attributes.keyBits)) && Number(attributes.blockSize) === AES_BLOCK_SIZE;
  if (attributes.cipherAlgorithm !== 'AES' || attributes.cipherChaining !== 'ChainingModeCBC' || !aes) {
    throw new Error(bilingual('ingest.decrypt.cipher', { cipher: `${where} ${attributes.cipherAlgorithm}/${attributes.cipherChaining}` }));
  }
  const hash = HASHES[attributes.hashAlgorithm];
  if (!hash) throw new Error(bilingual('ingest.decrypt.hash', { hash: attributes.hashAlgorithm }));
  return hash;
}

/** The decryptor for Agile EncryptionInfo's XML, or null when the password is wrong. */
export function agileDecryptor(xml: string, password: string): SegmentDecryptor | null {
  const keyData = elements(xml, 'keyData')[0];
  const passwordKey = elements(xml, 'encryptedKey').find((e) => e.spinCount !== undefined);
  if (!keyData || !passwordKey) throw new Error(bilingual('ingest.decrypt.noPasswordKey'));
  const keyHash = cipherOf(passwordKey, 'encryptedKey');
  const dataHash = cipherOf(keyData, 'keyData');
  const salt = base64(passwordKey.saltValue, 'saltValue');
  const keyBytes = number(passwordKey.keyBits, 'keyBits') / 8;
  const hashSize = number(passwordKey.hashSize, 'hashSize');
  const spinCount = number(passwordKey.spinCount, 'spinCount');
  if (spinCount > MAX_SPIN_COUNT) throw new Error(bilingual('ingest.decrypt.spinCount', { count: spinCount }));
  const spun = spinPasswordHash(keyHash, salt, password, spinCount);
  const decryptWith = (block: Uint8Array, value: Uint8Array) => aesDecrypt(fitTo(keyHash(concat(spun, block)), keyBytes, 0x36), value, salt);

  const verifierInput = decryptWith(VERIFIER_INPUT_BLOCK, base64(passwordKey.encryptedVerifierHashInput, 'encryptedVerifierHashInput')).subarray(0, salt.length);
  const verifierHash = decryptWith(VERIFIER_VALUE_BLOCK, base64(passwordKey.encryptedVerifierHashValue, 'encryptedVerifierHashValue')).subarray(0, hashSize);
  if (!sameBytes(keyHash(verifierInput).subarray(0, hashSize), verifierHash)) return null;

  const secretKey = decryptWith(SECRET_KEY_BLOCK, base64(passwordKey.encryptedKeyValue, 'encryptedKeyValue')).subarray(0, number(keyData.keyBits, 'keyBits') / 8);
  const dataSalt = base64(keyData.saltValue, 'keyData saltValue');
  return (data) => {
    const segments: Uint8Array[] = [];
    for (let at = 0, index = 0; at < data.length; at += SEGMENT_SIZE, index++) {
      const segment = data.subarray(at, Math.min(at + SEGMENT_SIZE, data.length));
      const iv = fitTo(dataHash(concat(dataSalt, u32Bytes(index))), AES_BLOCK_SIZE, 0x36);
      segments.push(aesDecrypt(secretKey, segment.subarray(0, segment.length - (segment.length % AES_BLOCK_SIZE)), iv));
    }
    return concat(...segments);
  };
}
