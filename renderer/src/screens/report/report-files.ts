// Names and encodings of exported report files.

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A file name for the report: its title with characters no file system accepts replaced, and the extension. */
export function reportFileName(title: string, extension: string): string {
  const base = title.replace(UNSAFE_IN_FILE_NAME, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${base || 'report'}.${extension}`;
}

/** A "data:image/png;base64,…" URL of PNG bytes, for the standalone HTML export. */
export function pngDataUrl(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a whole chart's bytes as arguments overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}
