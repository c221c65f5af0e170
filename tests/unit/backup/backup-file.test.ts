// The .planeval file: a zip with a manifest and checksums; reading it back verifies everything and refuses,
// with a clear message, anything that is not a complete, undamaged PlanEval backup this app can read.
import { createHash } from 'node:crypto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, BackupError, readBackup, upgradeBackup, writeBackup, type BackupContent, type BackupUpgradeStep, type OpenedBackup } from '../../../shared/backup';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const fileBytes = strToU8('原始文件的字节 original bytes');
const content: BackupContent = {
  scope: 'all',
  projectIds: ['p1'],
  tables: {
    projects: [{ id: 'p1', name: '中期评估' }],
    observations: [
      { id: 1, projectId: 'p1', value: 3.12 },
      { id: 2, projectId: 'p1', value: 2413.11 },
    ],
    meta: [],
  },
  files: [{ hash: sha256(fileBytes), name: '年鉴.xlsx', size: fileBytes.length, bytes: fileBytes, firstImportedAt: '2024-05-01T00:00:00.000Z' }],
};
const meta = { appVersion: '0.1.0', createdAt: '2024-06-01T00:00:00.000Z' };

/** Rewrites a backup's zip entries (to damage it the way a bad disk or a hand edit would). */
function rezip(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(entries);
}
const manifestOf = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json']));

async function refusal(bytes: Uint8Array): Promise<BackupError> {
  try {
    await readBackup(bytes, { fileName: 'my.planeval' });
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error('the backup was not refused');
}

describe('writing a backup', () => {
  it('is a zip with the manifest, one JSON file per table and the original files under files/<sha256>', async () => {
    const bytes = await writeBackup(content, meta);
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(['files/' + sha256(fileBytes), 'manifest.json', 'tables/meta.json', 'tables/observations.json', 'tables/projects.json']);
    expect(entries['files/' + sha256(fileBytes)]).toEqual(fileBytes);
    const manifest = manifestOf(bytes);
    expect(manifest).toEqual({
      format: 'planeval-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2024-06-01T00:00:00.000Z',
      scope: 'all',
      projectIds: ['p1'],
      tables: {
        projects: { rows: 1, sha256: sha256(entries['tables/projects.json']!) },
        observations: { rows: 2, sha256: sha256(entries['tables/observations.json']!) },
        meta: { rows: 0, sha256: sha256(strToU8('[]')) },
      },
      files: [{ hash: sha256(fileBytes), name: '年鉴.xlsx', size: fileBytes.length, sha256: sha256(fileBytes), firstImportedAt: '2024-05-01T00:00:00.000Z' }],
    });
  });

  it('reads back to the same content, with its manifest', async () => {
    const opened = await readBackup(await writeBackup(content, meta));
    expect(opened.tables).toEqual(content.tables);
    expect(opened.files).toEqual(content.files);
    expect(opened.scope).toBe('all');
    expect(opened.projectIds).toEqual(['p1']);
    expect(opened.manifest.createdAt).toBe(meta.createdAt);
  });
});

describe('reading refuses what it cannot trust', () => {
  it('a file that is not a zip', async () => {
    const error = await refusal(strToU8('指标,2021\n研发,3.1\n'));
    expect(error.code).toBe('not-a-zip');
    expect(error.message).toMatch(/“my.planeval”不是 PlanEval 备份文件.*\(“my.planeval” is not a PlanEval backup/);
  });

  it('a zip that is not a PlanEval backup (a spreadsheet, or a foreign manifest)', async () => {
    expect((await refusal(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }))).code).toBe('not-a-backup');
    expect((await refusal(zipSync({ 'manifest.json': strToU8('{"format":"something-else","formatVersion":1}') }))).code).toBe('not-a-backup');
    expect((await refusal(zipSync({ 'manifest.json': strToU8('not json') }))).code).toBe('not-a-backup');
  });

  it('a backup from a newer format than this app reads, saying which', async () => {
    const newer = rezip(await writeBackup(content, meta), (e) => {
      e['manifest.json'] = strToU8(JSON.stringify({ ...manifestOf(zipSync(e)), formatVersion: BACKUP_FORMAT_VERSION + 1 }));
    });
    const error = await refusal(newer);
    expect(error.code).toBe('newer-format');
    expect(error.message).toContain(`格式 ${BACKUP_FORMAT_VERSION + 1}`);
    expect(error.message).toContain('Please update PlanEval');
  });

  it('a table whose content does not match its checksum, naming the entry', async () => {
    const edited = rezip(await writeBackup(content, meta), (e) => {
      e['tables/observations.json'] = strToU8(JSON.stringify([{ id: 1, projectId: 'p1', value: 3.12 }, { id: 2, projectId: 'p1', value: 9999 }]));
    });
    const error = await refusal(edited);
    expect(error.code).toBe('checksum-mismatch');
    expect(error.entry).toBe('tables/observations.json');
    expect(error.message).toContain('tables/observations.json');
  });

  it('an original file whose bytes changed', async () => {
    const name = 'files/' + sha256(fileBytes);
    const error = await refusal(rezip(await writeBackup(content, meta), (e) => void (e[name] = strToU8('other bytes'))));
    expect(error).toMatchObject({ code: 'checksum-mismatch', entry: name });
  });

  it('a damaged compressed stream', async () => {
    const bytes = await writeBackup({ ...content, tables: { ...content.tables, projects: Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, name: '项目' })) } }, meta);
    // Find the projects entry's local header and flip bytes in the middle of its compressed data.
    const at = Buffer.from(bytes).indexOf('tables/projects.json') + 'tables/projects.json'.length + 20;
    const damaged = bytes.slice();
    for (let i = 0; i < 8; i++) damaged[at + i] ^= 0xff;
    const error = await refusal(damaged);
    expect(error).toMatchObject({ code: 'checksum-mismatch', entry: 'tables/projects.json' });
  });

  it('a missing entry, naming it', async () => {
    const error = await refusal(rezip(await writeBackup(content, meta), (e) => delete e['tables/projects.json']));
    expect(error).toMatchObject({ code: 'missing-entry', entry: 'tables/projects.json' });
    expect(error.message).toMatch(/缺少条目 tables\/projects.json/);
  });

  it('a cut-off file', async () => {
    const bytes = await writeBackup(content, meta);
    expect((await refusal(bytes.slice(0, Math.floor(bytes.length / 2)))).code).toBe('not-a-zip');
  });

  it('an archive that would expand beyond the limit, before inflating anything (zip bomb)', async () => {
    // 8 MB of zeros compress to a few kilobytes.
    const bomb = await writeBackup({ ...content, tables: { ...content.tables, meta: [{ key: 'padding', value: '0'.repeat(8 * 1024 * 1024) }] } }, meta);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const error = await readBackup(bomb, { limits: { maxExpandedBytes: 4 * 1024 * 1024 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large' });
    expect((error as Error).message).toMatch(/超过上限 4\.0 MB/);
  });

  it('a central directory that declares a huge entry, under the default limit', async () => {
    const bytes = await writeBackup(content, meta);
    // Central directory header (PK\x01\x02) of the first entry: uncompressed size at offset 24.
    const damaged = bytes.slice();
    const cd = Buffer.from(damaged).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    new DataView(damaged.buffer).setUint32(cd + 24, 0xfffffff0, true);
    expect((await refusal(damaged)).code).toBe('too-large');
  });
});

describe('upgrading a backup from an older format', () => {
  // A hand-made backup in the style of a "format 0": projects without mappingDecisions.
  async function formatZero(): Promise<Uint8Array> {
    const bytes = await writeBackup({ scope: 'all', projectIds: ['p1'], tables: { projects: [{ id: 'p1', name: '旧项目' }] }, files: [] }, meta);
    return rezip(bytes, (e) => {
      e['manifest.json'] = strToU8(JSON.stringify({ ...manifestOf(zipSync(e)), formatVersion: 0 }));
    });
  }
  const addMappingDecisions: BackupUpgradeStep = {
    from: 0,
    upgrade: (b) => ({ ...b, tables: { ...b.tables, projects: b.tables.projects!.map((p) => ({ ...(p as object), mappingDecisions: {} })) } }),
  };

  it('applies the steps from its version to the current one, so it restores into this app', async () => {
    const opened = await readBackup(await formatZero(), { upgrades: [addMappingDecisions] });
    expect(opened.manifest.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(opened.tables.projects).toEqual([{ id: 'p1', name: '旧项目', mappingDecisions: {} }]);
  });

  it('refuses a version no step upgrades from, rather than restoring rows of the wrong shape', async () => {
    const error = await readBackup(await formatZero(), { upgrades: [] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'malformed' });
    expect((error as Error).message).toContain('no upgrade from format 0');
  });

  it('runs the steps in order, each on the result of the one before', () => {
    const start: OpenedBackup = { scope: 'all', projectIds: [], tables: { log: [] }, files: [], manifest: { formatVersion: 0 } as OpenedBackup['manifest'] };
    const step = (from: number): BackupUpgradeStep => ({ from, upgrade: (b) => ({ ...b, tables: { log: [...b.tables.log!, from] } }) });
    const done = upgradeBackup(start, [step(2), step(0), step(1)], 3);
    expect(done.tables.log).toEqual([0, 1, 2]);
    expect(done.manifest.formatVersion).toBe(3);
    expect(upgradeBackup(done, [step(0)], 3)).toBe(done);
  });
});
