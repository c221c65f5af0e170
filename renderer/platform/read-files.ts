// Reads browser File objects (from a file input or a drop) into the bridge's OpenedFile shape.
import type { OpenedFile } from '../../shared/ipc';

/** The files' names and bytes, in the given order. */
export async function readFiles(files: Iterable<File>): Promise<OpenedFile[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
