// The Node implementation of the import engine's Decryptor port, over officecrypto-tool (which needs Node's crypto).
import officeCrypto from 'officecrypto-tool';
import type { Decryptor } from '../shared/ingest';

/** Decrypts with officecrypto-tool; a wrong password resolves to null, anything else rejects. */
export const officeDecryptor: Decryptor = async (bytes, password) => {
  try {
    const out = await officeCrypto.decrypt(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { password });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (error) {
    if (/password is incorrect/i.test((error as Error).message)) return null;
    throw error;
  }
};
