// The open dialog refuses files over 100 MB with a message naming the file and its size.
import { describe, expect, it } from 'vitest';
import { fileSizeProblem, MAX_OPEN_FILE_BYTES } from '../../../electron/security/file-size-limit';

describe('fileSizeProblem: files up to 100 MB may be opened', () => {
  it('sets the limit at 100 MiB', () => {
    expect(MAX_OPEN_FILE_BYTES).toBe(100 * 1024 * 1024);
  });

  it('accepts an empty file and a file of exactly 100 MB', () => {
    expect(fileSizeProblem('a.xlsx', 0)).toBeNull();
    expect(fileSizeProblem('a.xlsx', 104_857_600)).toBeNull();
  });

  it('refuses one byte more, in Chinese and English, naming the file, its size and the limit', () => {
    const message = fileSizeProblem('统计年鉴2023.xlsx', 104_857_601);
    expect(message).toBe(
      '文件过大：“统计年鉴2023.xlsx” 为 100.0 MB，单个文件不能超过 100 MB。 / ' +
        'File too large: "统计年鉴2023.xlsx" is 100.0 MB; each file must be at most 100 MB.',
    );
  });

  it('reports the size in megabytes with one decimal', () => {
    // 150.5 MiB = 157_810_688 bytes.
    expect(fileSizeProblem('big.xls', 157_810_688)).toContain('150.5 MB');
  });
});
