// The renderer's rooms (renderer/src/<room>/ and renderer/src/screens/<screen>/) are imported through an index.ts
// that only re-exports. Both builds declare those files free of side effects, so that a chunk importing useT() from
// services/ depends on i18n.tsx alone, not on everything services/ exports (useEvaluation, and with it the
// evaluation engine, would otherwise load at start). tests/renderer/rooms.test.ts checks that they only re-export.
const ROOM_INDEX = /\/renderer\/src\/(?:screens\/)?[^/]+\/index\.ts$/;

/** treeshake.moduleSideEffects: none for a room's index; the bundler's own judgement for every other module. */
export function roomIndexSideEffects(id: string): false | undefined {
  return ROOM_INDEX.test(id) ? false : undefined;
}
