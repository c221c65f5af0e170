// Mapping a detected table to the plan: names to indicators (saved decisions, then names and aliases, then
// suggestions), regions to the plan's regions, cells to values in the indicators' units.
export { mapTable } from './map-table';
