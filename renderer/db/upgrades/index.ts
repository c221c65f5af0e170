// The schema's upgrades, one file per version that rewrites rows, each with frozen copies of the formats it reads and writes.
export { upgradeToValueChunks } from './v3-value-chunks';
