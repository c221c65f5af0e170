// The allocation measurement counts what a call allocates, on the heap and in array buffers, and refuses to guess.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesAllocatedBy } from '../../../bench/allocation/bytes-allocated';

const MODULE = fileURLToPath(new URL('../../../bench/allocation/bytes-allocated.ts', import.meta.url));

/** bytesAllocatedBy(`call`) in a Node process started with `flags`; its result, or its error. */
function measureInChild(call: string, flags: string[]): { bytes?: number; error?: string } {
  const script = `
    const { bytesAllocatedBy } = await import(${JSON.stringify(MODULE)});
    try {
      process.stdout.write(JSON.stringify({ bytes: await bytesAllocatedBy(() => ${call}) }));
    } catch (error) {
      process.stdout.write(JSON.stringify({ error: error.message }));
    }`;
  const child = spawnSync(process.execPath, [...flags, '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(child.stdout);
}

const YOUNG = ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64'];

describe('bytesAllocatedBy', () => {
  it('needs gc() to start the call on an empty young generation', async () => {
    await expect(bytesAllocatedBy(() => 0)).rejects.toThrow('--expose-gc');
  });

  it('counts an array of a million small integers (8 MB of pointers on the heap) and a million doubles in an array buffer as 16 MB', () => {
    const { bytes } = measureInChild('[new Array(1e6).fill(0), new Float64Array(1e6)]', YOUNG);
    expect(bytes! / 16e6).toBeCloseTo(1, 2);
  });

  it('refuses to measure a call during which a collection ran', () => {
    // 40 MB of short-lived arrays through a young generation of 1 MB.
    const { error } = measureInChild('{ for (let i = 0; i < 1e4; i++) new Array(500).fill(0.5); }', ['--expose-gc', '--max-semi-space-size=1']);
    expect(error).toContain('garbage collection ran');
  });
});
