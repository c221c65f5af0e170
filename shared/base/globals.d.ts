// The few globals shared/ may use, declared because it compiles with neither the DOM lib nor Node's types (tsconfig.shared.json).
// Each is a web standard that Chromium (window and workers) and Node 20 both provide with the same behaviour; each is
// declared only as far as shared/ uses it, so reaching for more of it is a type error here before it is a surprise on one platform.
// Only tsconfig.shared.json includes this file: the other configs get the full declarations from the DOM lib or @types/node.

/** WHATWG Encoding: Node has had it as a global since 11, with every label shared/ names (gb18030 included) since full ICU became the default in 13. */
interface TextDecoder {
  decode(input?: ArrayBuffer | ArrayBufferView): string;
}
declare var TextDecoder: {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

/** WHATWG Encoding (always UTF-8): a Node global since 11. */
interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare var TextEncoder: {
  new (): TextEncoder;
};

/** Web Crypto's digest: globalThis.crypto in browsers (secure contexts, which the app's pages are) and in Node since 19. */
interface SubtleCrypto {
  digest(algorithm: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512', data: ArrayBuffer | ArrayBufferView<ArrayBuffer>): Promise<ArrayBuffer>;
}
declare var crypto: { readonly subtle: SubtleCrypto };

/** HTML's structured clone: a Node global since 17. */
declare function structuredClone<T>(value: T): T;

/** HTML's base64 decoding: a Node global since 16 (kept there for web compatibility, with the same semantics). */
declare function atob(data: string): string;
