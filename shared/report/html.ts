// The report as one standalone, print-ready HTML page (A4, GB/T 9704 margins); every text is escaped, charts are PNG data URLs.
import type { Block, ReportDocument, TableBlock } from './model';

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

function table(block: TableBlock): string {
  const total = (block.widths ?? block.header.map(() => 1)).reduce((a, b) => a + b, 0);
  const cols = (block.widths ?? block.header.map(() => 1)).map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const head = `<tr>${block.header.map((h) => `<th>${lines(h)}</th>`).join('')}</tr>`;
  const body = block.rows.map((row) => `<tr>${row.map((c) => `<td>${lines(c)}</td>`).join('')}</tr>`).join('');
  const notes = (block.notes ?? []).map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
  const caption = block.title ? `<p class="caption">${escapeHtml(block.title)}</p>` : '';
  return `${caption}<table id="${escapeHtml(block.id)}"><colgroup>${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>${notes}`;
}

function block(b: Block, charts: Map<string, string>): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`;
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
    case 'placeholder':
      return `<h3>${escapeHtml(b.heading)}</h3>${b.text ? b.text.split(/\r?\n/).map((l) => `<p class="body">${escapeHtml(l)}</p>`).join('') : `<div class="space" style="height:${b.lines * 2}em"></div>`}`;
  }
}

const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0; color: #000; font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28.9pt; }
main { max-width: 156mm; margin: 0 auto; }
h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 12pt; }
.subtitle, .date { text-align: center; margin: 0; }
.date { margin-bottom: 24pt; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
h3 { font-family: "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
p.body { margin: 0; text-indent: 2em; text-align: justify; }
p.stale { background: #fff4d6; }
.caption, figcaption { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 12pt; text-align: center; margin: 6pt 0 3pt; line-height: 1.4; break-after: avoid; }
figure { margin: 0 0 6pt; break-inside: avoid; }
figure img { width: 100%; height: auto; display: block; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; line-height: 1.35; margin-bottom: 4pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle; overflow-wrap: anywhere; }
th { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; background: #e8e8e8; }
.note { font-size: 10.5pt; line-height: 1.4; margin: 2pt 0 8pt; }
`;

/** The whole report as an HTML document; `chartDataUrls` maps chart block ids to "data:image/png;base64,…" URLs. */
export function renderReportHtml(doc: ReportDocument, chartDataUrls: Map<string, string>): string {
  const body = doc.sections.map((s) => `<section id="${escapeHtml(s.id)}">${s.blocks.map((b) => block(b, chartDataUrls)).join('')}</section>`).join('');
  return `<!DOCTYPE html>
<html lang="${doc.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body><main>
<h1>${escapeHtml(doc.title)}</h1>
${doc.subtitle ? `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>` : ''}
<p class="date">${escapeHtml(doc.date)}</p>
${body}
</main></body>
</html>
`;
}
