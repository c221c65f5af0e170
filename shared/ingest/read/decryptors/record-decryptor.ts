// The shape every BIFF8 scheme reduces to once the password is checked: decrypt a span of the Workbook stream in place.

/**
 * Decrypts stream[from, to) in place. The bytes belong to one record whose data is `recordSize` bytes long
 * (XOR obfuscation keys on it; the RC4 schemes key on the stream position alone).
 */
export type RecordDecryptor = (stream: Uint8Array, from: number, to: number, recordSize: number) => void;
