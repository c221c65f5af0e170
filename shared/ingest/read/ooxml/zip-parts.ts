// The parts of an OOXML package, inflated once with fflate and looked up by name without regard to case.
import { unzipSync } from 'fflate';
import { releaseBytes } from '../release-bytes';

// Pictures, printer settings and VBA are never read, so they are not inflated.
const SKIPPED = /\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|bin|wdp|svg)$/i;
const utf8 = new TextDecoder('utf-8');

/** Part names are compared as SheetJS compares them: case-insensitive, without a leading slash. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
}

export class ZipParts {
  private readonly parts = new Map<string, Uint8Array>();

  /** Inflates every part that can hold sheet data; throws what fflate throws for a damaged archive. */
  constructor(bytes: Uint8Array) {
    const files = unzipSync(bytes, { filter: (entry) => !SKIPPED.test(entry.name) });
    for (const [name, data] of Object.entries(files)) {
      const key = partKey(name);
      if (!this.parts.has(key)) this.parts.set(key, data);
    }
  }

  has(name: string): boolean {
    return this.parts.has(partKey(name));
  }

  /** The part's bytes, or undefined when the package lacks it. */
  bytes(name: string): Uint8Array | undefined {
    return this.parts.get(partKey(name));
  }

  /** Frees every inflated part (each owns its buffer); the parts must not be read afterwards. */
  release(): void {
    for (const data of this.parts.values()) releaseBytes(data);
    this.parts.clear();
  }

  /** The part as UTF-8 text, or undefined when the package lacks it. */
  text(name: string): string | undefined {
    const data = this.bytes(name);
    return data && utf8.decode(data);
  }
}
