// The Word export: GB/T 9704 page set-up read from document.xml, and the file opened by LibreOffice as a reader would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCharts } from '../../../cli/render-chart';
import { writeDocx } from '../../../shared/report/docx';
import { allCharts } from '../../../shared/report/model';
import { sampleReport } from './sample-report';

const HAS_SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'planeval-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { doc, plan } = sampleReport();
let bytes: Uint8Array;
let parts: Record<string, Uint8Array>;
beforeAll(async () => {
  bytes = await writeDocx(doc, await renderCharts(allCharts(doc)));
  parts = unzipSync(bytes);
  // Rendering 23 charts is quick alone but slow on a busy machine; this is a limit, not a performance assertion.
}, 120_000);

/** mm → twips (1/1440 inch), rounded: 37 mm = 2098. */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

describe('writeDocx page set-up and styles (document.xml)', () => {
  const xml = () => strFromU8(parts['word/document.xml']);

  it('is A4 with margins of 37 mm top, 35 bottom, 28 left, 26 right', () => {
    expect([twips(210), twips(297), twips(37), twips(35), twips(28), twips(26)]).toEqual([11906, 16838, 2098, 1984, 1587, 1474]);
    expect(xml()).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = xml().match(/<w:pgMar [^>]*>/)![0];
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1587"');
    expect(margin).toContain('w:right="1474"');
  });

  it('sets the title in 2号 小标宋, headings in 黑体 and 楷体, the body in 3号 仿宋', () => {
    const runOf = (text: string) => xml().match(new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:t[^>]*>${text}</w:t>`))![0];
    expect(runOf(doc.title)).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
    expect(runOf('一、总体进展')).toMatch(/w:eastAsia="黑体"[\s\S]*<w:sz w:val="32"\/>/);
    expect(runOf('\\(一\\)创新策源能力')).toMatch(/w:eastAsia="楷体"[\s\S]*<w:sz w:val="32"\/>/);
    expect(runOf('R&amp;D投入强度2023年达到3.44%[^<]*')).toMatch(/w:eastAsia="仿宋"[\s\S]*<w:sz w:val="32"\/>/);
  });

  it('names fallbacks for missing fonts in the font table', () => {
    const fonts = strFromU8(parts['word/fontTable.xml']);
    expect(fonts).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong,仿宋_GB2312,Noto Serif CJK SC"/>');
  });

  it('repeats table header rows and embeds every chart as a PNG', () => {
    expect(xml().match(/<w:tblHeader\/>/g)!.length).toBeGreaterThanOrEqual(5);
    const media = Object.keys(parts).filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(allCharts(doc).length);
  });

  it('numbers pages "— 1 —" in the footer, centred', () => {
    const footer = Object.entries(parts).find(([p]) => /word\/footer\d*\.xml/.test(p))![1];
    const text = strFromU8(footer);
    expect(text).toContain('<w:jc w:val="center"/>');
    expect(text).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
  });
});

describe.skipIf(!HAS_SOFFICE)('the docx opened by LibreOffice (skipped: soffice is not installed)', () => {
  let text = '';
  beforeAll(() => {
    const path = join(dir, 'report.docx');
    writeFileSync(path, bytes);
    const convert = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, path], { timeout: 120_000, encoding: 'utf8' });
    expect(convert.status, convert.stderr).toBe(0);
    const pdf = spawnSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    // Table cells and justified lines break names anywhere: compare without white space.
    text = pdf.stdout.replace(/\s+/g, '');
  }, 130_000);

  it('converts to a PDF holding the title, every section heading and every indicator name', () => {
    expect(text).toContain(doc.title);
    for (const heading of ['一、总体进展', '二、主要指标完成情况', '三、分领域评估', '四、分区评估', '五、存在问题', '六、对策建议', '附录1指标数据表', '附录2计算方法', '附录3数据质量说明']) {
      expect(text).toContain(heading);
    }
    for (const indicator of plan.indicators) expect(text, indicator.name).toContain(indicator.name);
  });

  it('is A4 with page numbers "— n —"', () => {
    const info = spawnSync('pdfinfo', [join(dir, 'report.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(text).toContain('—1—');
    expect(text).toContain('—2—');
    expect(readFileSync(join(dir, 'report.pdf')).length).toBeGreaterThan(0);
  });
});
