// The figures a report states, as each format writes them: per indicator, its latest value and year (a level
// indicator's), completion and status, read back from the docx, the xlsx, the html and the command line's JSON, so
// that a test can find them equal across formats.
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { formatValue, percentText } from '../../shared/attain';
import { t } from '../../shared/i18n';
import type { Plan } from '../../shared/model';

/** Per indicator name: "latest year | completion | status". */
export type Figures = Record<string, string>;

const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const isIndicatorTable = (header: string[]) => header.includes('完成度') && header.includes('时序进度');

// The JSON has the status code only: 提前实现 (achieved before the target year) is compared as the 已实现 it is.
const row = (name: string, [latest, completion, status]: string[]): [string, string] => [name, [latest, completion, status === t('status.achievedEarly', 'zh') ? t('status.achieved', 'zh') : status].join(' | ')];

export function docxFigures(plan: Plan, bytes: Uint8Array): Figures {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  const table = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => [...m[1].matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => unescape(text(c[1])))))
    .find((rows) => isIndicatorTable(rows[0]))!;
  return figuresOf(plan, table[0], table.slice(1));
}

export function htmlFigures(plan: Plan, html: string): Figures {
  const body = /<table id="table.indicators">([\s\S]*?)<\/table>/.exec(html)![1];
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => unescape(c[1].replace(/<br>/g, ''))));
  return figuresOf(plan, rows[0], rows.slice(1));
}

/** From the report's 主要指标完成情况 table: 现值 "3.44※（2023）" → "3.44 2023" for level indicators. */
function figuresOf(plan: Plan, header: string[], rows: string[][]): Figures {
  const col = (name: string) => header.indexOf(name);
  return Object.fromEntries(
    rows.map((cells) => {
      const indicator = plan.indicators.find((i) => i.name === cells[0])!;
      const latest = /^([-\d.,]+)※?（(\d{4})）$/.exec(cells[col(t('report.col.latest', 'zh'))]!);
      const stated = indicator.kind === 'cumulative' || !latest ? '' : `${latest[1]} ${latest[2]}`;
      return row(indicator.name, [stated, cells[col('完成度')]!, cells[col('判断')]!]);
    }),
  );
}

export function xlsxFigures(plan: Plan, bytes: Uint8Array): Figures {
  const book = XLSX.read(bytes);
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['评估结果']!, { range: 1 }).filter((r) => r['地区'] === '全市');
  return Object.fromEntries(
    rows.map((r) => {
      const indicator = plan.indicators.find((i) => i.id === r['指标ID'])!;
      const latest = indicator.kind === 'cumulative' || r['现值'] === undefined ? '' : `${formatValue(r['现值'] as number, indicator.precision)} ${r['最新年份']}`;
      return row(indicator.name, [latest, r['完成度'] === undefined ? '—' : percentText(r['完成度'] as number), String(r['判断'])]);
    }),
  );
}

export function jsonFigures(plan: Plan, stdout: string): Figures {
  const json = JSON.parse(stdout) as { indicators: { id: string; latest: { year: number; value: number } | null; completion: number | null; status: string }[] };
  return Object.fromEntries(
    json.indicators.map((i) => {
      const indicator = plan.indicators.find((x) => x.id === i.id)!;
      const latest = indicator.kind === 'cumulative' || !i.latest ? '' : `${formatValue(i.latest.value, indicator.precision)} ${i.latest.year}`;
      return row(indicator.name, [latest, i.completion === null ? '—' : percentText(i.completion), t(`status.${i.status}`, 'zh')]);
    }),
  );
}
