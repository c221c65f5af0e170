// The hash and cipher primitives the decryptors need (MD5, SHA-1/2, RC4, AES) over crypto-js, on plain Uint8Arrays.
// crypto-js rather than WebCrypto: WebCrypto has neither MD5, RC4 nor unpadded AES, and is async per hash.
import CryptoJS from 'crypto-js';

type WordArray = CryptoJS.lib.WordArray;

function toWords(bytes: Uint8Array): WordArray {
  const words: number[] = new Array((bytes.length + 3) >>> 2).fill(0);
  for (let i = 0; i < bytes.length; i++) words[i >>> 2] |= bytes[i] << (24 - (i % 4) * 8);
  return CryptoJS.lib.WordArray.create(words, bytes.length);
}

function toBytes(words: WordArray): Uint8Array {
  const out = new Uint8Array(words.sigBytes);
  for (let i = 0; i < out.length; i++) out[i] = (words.words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
  return out;
}

/** MD5 of the bytes. */
export function md5(bytes: Uint8Array): Uint8Array {
  return toBytes(CryptoJS.MD5(toWords(bytes)));
}

/** SHA-1 of the bytes. */
export function sha1(bytes: Uint8Array): Uint8Array {
  return toBytes(CryptoJS.SHA1(toWords(bytes)));
}

/** The hash algorithms ECMA-376 Agile encryption names, by their names in EncryptionInfo. */
export const HASHES: Record<string, (bytes: Uint8Array) => Uint8Array> = {
  SHA1: sha1,
  SHA256: (bytes) => toBytes(CryptoJS.SHA256(toWords(bytes))),
  SHA384: (bytes) => toBytes(CryptoJS.SHA384(toWords(bytes))),
  SHA512: (bytes) => toBytes(CryptoJS.SHA512(toWords(bytes))),
};

/** The first `length` bytes of the RC4 keystream for a key (XOR them with ciphertext to decrypt). */
export function rc4Keystream(key: Uint8Array, length: number): Uint8Array {
  return toBytes(CryptoJS.RC4.encrypt(toWords(new Uint8Array(length)), toWords(key)).ciphertext);
}

/** AES decryption without padding, ECB when no IV is given and CBC otherwise; data is a whole number of 16-byte blocks. */
export function aesDecrypt(key: Uint8Array, data: Uint8Array, iv?: Uint8Array): Uint8Array {
  const ciphertext = CryptoJS.lib.CipherParams.create({ ciphertext: toWords(data) });
  const options = iv ? { mode: CryptoJS.mode.CBC, iv: toWords(iv), padding: CryptoJS.pad.NoPadding } : { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.NoPadding };
  return toBytes(CryptoJS.AES.decrypt(ciphertext, toWords(key), options));
}
