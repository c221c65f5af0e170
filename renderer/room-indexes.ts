// The renderer's rooms (renderer/src/<room>/, renderer/src/screens/<screen>/) and the areas of shared/ are imported
// through an index.ts that only re-exports. Both builds declare those files free of side effects, so that a chunk
// importing useT() from services/ depends on i18n.tsx alone, and one importing a chart's colours from shared/report
// does not load the Word writer: the bundler would otherwise keep everything such an index names. The checks that
// they only re-export are tests/renderer/rooms.test.ts and tests/unit/architecture/layering.test.ts.
const REEXPORT_INDEX = /\/(?:renderer\/src\/(?:screens\/)?|shared\/)[^/]+\/index\.ts$/;

/** treeshake.moduleSideEffects: none for a room's or an area's index; the bundler's own judgement for every other module. */
export function roomIndexSideEffects(id: string): false | undefined {
  return REEXPORT_INDEX.test(id) ? false : undefined;
}
