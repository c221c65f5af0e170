// What every area uses: hashing and fingerprints, A1 addresses, name normalisation, value keys and the error base class.
export { cellAddress, columnLetters, rangeAddress } from './a1';
export { bilingual, inBothLanguages, joinLanguages, PlanevalError } from './errors';
export { fnv64Hex } from './fnv';
export { sha256Hex } from './hash';
export { normaliseName, normaliseRegion, toHalfWidth } from './normalise';
export { seriesKey, valueKey } from './value-key';
