// RC4 re-keyed every 1024 bytes of the stream by block number, as both BIFF8 RC4 schemes use it ([MS-XLS] 2.2.10).
import { sameBytes, xorBytes } from './bytes';
import { rc4Keystream } from './crypto-primitives';
import type { RecordDecryptor } from './record-decryptor';

const BLOCK_SIZE = 1024;

/** The key for one block of the stream, derived from the password and the block number. */
export type BlockKey = (block: number) => Uint8Array;

/**
 * True when the password's block-0 key decrypts the verifier to something whose hash is the stored verifier hash.
 * The verifier and its hash are one RC4 stream, the hash following the 16 verifier bytes.
 */
export function verifierMatches(
  keyForBlock: BlockKey,
  encryptedVerifier: Uint8Array,
  encryptedVerifierHash: Uint8Array,
  hash: (bytes: Uint8Array) => Uint8Array,
): boolean {
  const keystream = rc4Keystream(keyForBlock(0), encryptedVerifier.length + encryptedVerifierHash.length);
  const verifier = xorBytes(encryptedVerifier, keystream);
  const storedHash = xorBytes(encryptedVerifierHash, keystream.subarray(encryptedVerifier.length));
  return sameBytes(hash(verifier).subarray(0, storedHash.length), storedHash);
}

/** A RecordDecryptor that XORs each byte with the keystream of its 1024-byte block, at its offset in the block. */
export function blockRc4Decryptor(keyForBlock: BlockKey): RecordDecryptor {
  let block = -1;
  let keystream: Uint8Array = new Uint8Array(0);
  return (stream, from, to) => {
    for (let at = from; at < to; at++) {
      const atBlock = Math.floor(at / BLOCK_SIZE);
      if (atBlock !== block) {
        block = atBlock;
        keystream = rc4Keystream(keyForBlock(block), BLOCK_SIZE);
      }
      stream[at] ^= keystream[at % BLOCK_SIZE];
    }
  };
}
