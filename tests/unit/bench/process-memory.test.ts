// Reading the browser's memory from /proc: the process tree under ours and each process's PSS.
import { describe, expect, it } from 'vitest';
import { descendants, parentPid, processRole, pssKb } from '../../../bench/browser/process-memory';

describe('parentPid', () => {
  it('reads the parent after the command name, even when the name holds spaces and parentheses', () => {
    expect(parentPid('4242 (chromium) S 17 4242 17 0 -1')).toBe(17);
    expect(parentPid('4243 (Web Content (x)) R 4242 1 1 0')).toBe(4242);
  });
});

describe('descendants', () => {
  it('finds children and grandchildren of the root and nothing else', () => {
    // 1 → 10 → 11 → 12, 10 → 13; 2 is unrelated.
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [2, 0],
      [20, 2],
    ]);
    expect(descendants(parents, 1).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
    expect(descendants(parents, 99)).toEqual([]);
  });
});

describe('pssKb', () => {
  it('reads the Pss line of smaps_rollup, not Pss_Anon or Rss', () => {
    const rollup = '55d0-7ffd ---p 00000000 00:00 0 [rollup]\nRss:              204800 kB\nPss:              102400 kB\nPss_Anon:          90000 kB\n';
    expect(pssKb(rollup)).toBe(102400);
  });

  it('gives 0 when the file could not be read', () => {
    expect(pssKb('')).toBe(0);
  });
});

describe('processRole', () => {
  it('names a helper process by its --type and the main process "browser"', () => {
    expect(processRole('/usr/lib/chromium/chromium --type=renderer --lang=en-US')).toBe('renderer');
    expect(processRole('/usr/lib/chromium/chromium --type=gpu-process --no-sandbox')).toBe('gpu-process');
    expect(processRole('/usr/lib/chromium/chromium --headless --user-data-dir=/tmp/p')).toBe('browser');
  });
});
