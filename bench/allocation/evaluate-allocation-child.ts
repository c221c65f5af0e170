// Run by evaluateAllocationMb() in a process of its own, with its flags: the bytes one evaluate() of the generated
// project's stored columns allocates once warm, for several calls, printed as JSON.
import { evaluate } from '../../shared/attain';
import { defaultSettings } from '../../shared/model';
import { FIRST_YEAR, generateProject, YEARS } from '../generate';
import { packStoredValues } from '../stored-values';
import { bytesAllocatedBy } from './bytes-allocated';

// The evaluations the dashboard repeats are the case to measure: the first one also grows the engine's reused
// columns (shared/attain/series.ts) and compiles its code, once per session.
const WARM_UPS = 10;
const CALLS = 5;

const { plan, observations } = generateProject();
const stored = packStoredValues(observations);
const settings = defaultSettings(FIRST_YEAR + YEARS - 1);
for (let i = 0; i < WARM_UPS; i++) evaluate(plan, stored, settings);
const bytes: number[] = [];
for (let i = 0; i < CALLS; i++) bytes.push(await bytesAllocatedBy(() => evaluate(plan, stored, settings)));
process.stdout.write(JSON.stringify(bytes));
