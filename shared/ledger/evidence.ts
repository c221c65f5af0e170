// The files accepted as 佐证材料: PDF, images and Word, known by their name's extension (a dropped file and one read
// from a dialog carry no reliable type of their own).

/** Extension → MIME type of every kind of evidence file accepted. */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The MIME type of an accepted evidence file named `name`, or null when files of its kind are not accepted. */
export function evidenceType(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (EVIDENCE_TYPES[name.slice(dot + 1).toLowerCase()] ?? null);
}
