// The report as one standalone, print-ready HTML page (A4, GB/T 9704 margins, a cover page); every text is escaped, charts are PNG data URLs.
import { t } from '../i18n';
import { cover } from './cover';
import type { MathNode } from './math';
import { mathMl, type MathMlElement } from './mathml';
import { placeholderText, type Block, type FormulaBlock, type ReportDocument, type TableBlock } from './model';
import { columnShares } from './table-widths';

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

function table(block: TableBlock): string {
  const cols = columnShares(block).map((share) => `<col style="width:${(share * 100).toFixed(2)}%">`).join('');
  const noWrap = new Set(block.noWrap ?? []);
  const cell = (tag: 'th' | 'td', text: string, column: number) => `<${tag}${noWrap.has(column) ? ' class="nowrap"' : ''}>${lines(text)}</${tag}>`;
  const head = `<tr>${block.header.map((h, i) => cell('th', h, i)).join('')}</tr>`;
  const body = block.rows.map((row) => `<tr>${row.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('');
  const notes = (block.notes ?? []).map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
  const caption = block.title ? `<p class="caption">${escapeHtml(block.title)}</p>` : '';
  return `${caption}<table id="${escapeHtml(block.id)}"><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>${notes}`;
}

function markup(element: MathMlElement): string {
  const attrs = Object.entries(element.attrs ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${element.tag}${attrs}>${element.children.map((c) => (typeof c === 'string' ? escapeHtml(c) : markup(c))).join('')}</${element.tag}>`;
}

const math = (formula: MathNode[], display: 'block' | 'inline') => markup(mathMl(formula, display));

function formula(b: FormulaBlock, lang: ReportDocument['lang']): string {
  const where = (b.where ?? [])
    .map((entry, i) => `<p class="where">${i === 0 ? escapeHtml(t('reportLayout.method.where', lang)) : ''}${math(entry.symbol, 'inline')}${escapeHtml(t('reportLayout.method.means', lang))}${escapeHtml(entry.text)}</p>`)
    .join('');
  return `<div class="formula" id="${escapeHtml(b.id)}">${math(b.math, 'block')}${where}</div>`;
}

function block(b: Block, charts: Map<string, string>, lang: ReportDocument['lang']): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}${b.newPage ? ' class="new-page"' : ''}>${escapeHtml(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return b.text
        .split(/\r?\n/)
        .map((line) => `<p class="body${b.stale ? ' stale' : ''}" data-id="${escapeHtml(b.id)}">${escapeHtml(line)}</p>`)
        .join('');
    case 'table':
      return table(b);
    case 'chart': {
      const url = charts.get(b.id);
      const image = url && PNG_DATA_URL.test(url) ? `<img src="${url}" alt="${escapeHtml(b.title)}">` : '';
      return `<figure><figcaption>${escapeHtml(b.title)}</figcaption>${image}</figure>`;
    }
    case 'formula':
      return formula(b, lang);
    case 'placeholder': {
      const text = placeholderText(b, lang).split(/\r?\n/).map((l) => `<p class="body">${escapeHtml(l)}</p>`).join('');
      return `<h3>${escapeHtml(b.heading)}</h3>${text}${b.text.trim() ? '' : `<div class="space" style="height:${(b.lines - 1) * 2}em"></div>`}`;
    }
  }
}

const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
.cover { min-height: 225mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.cover .unit { margin-top: 75mm; }
body { margin: 0; color: #000; font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28.9pt; }
main { max-width: 156mm; margin: 0 auto; }
h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 12pt; }
.subtitle, .unit, .date { text-align: center; margin: 0; }
.date { margin-bottom: 24pt; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
h3 { font-family: "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
.new-page { break-before: page; }
p.body { margin: 0; text-indent: 2em; text-align: justify; }
p.stale { background: #fff4d6; }
.caption, figcaption { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 12pt; text-align: center; margin: 6pt 0 3pt; line-height: 1.4; break-after: avoid; }
figure { margin: 0 0 6pt; break-inside: avoid; }
figure img { width: 100%; height: auto; display: block; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; line-height: 1.35; margin-bottom: 4pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle; overflow-wrap: anywhere; }
th.nowrap, td.nowrap { white-space: nowrap; overflow-wrap: normal; }
.formula { margin: 3pt 0; break-inside: avoid; }
.formula math[display="block"] { font-size: 16pt; margin: 3pt 0; }
p.where { margin: 0 0 0 2em; }
th { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; background: #e8e8e8; }
.note { font-size: 10.5pt; line-height: 1.4; margin: 2pt 0 8pt; }
`;

/** The whole report as an HTML document; `chartDataUrls` maps chart block ids to "data:image/png;base64,…" URLs. */
export function renderReportHtml(doc: ReportDocument, chartDataUrls: Map<string, string>): string {
  const body = doc.sections.map((s) => `<section id="${escapeHtml(s.id)}">${s.blocks.map((b) => block(b, chartDataUrls, doc.lang)).join('')}</section>`).join('');
  const front = cover(doc);
  return `<!DOCTYPE html>
<html lang="${doc.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body><main>
<header class="cover">
<h1>${escapeHtml(front.title)}</h1>
${front.subtitle ? `<p class="subtitle">${escapeHtml(front.subtitle)}</p>` : ''}
<p class="unit">${escapeHtml(front.unit)}</p>
<p class="date">${escapeHtml(front.date)}</p>
</header>
${body}
</main></body>
</html>
`;
}
