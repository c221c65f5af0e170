// The print-ready HTML: the report's content, with every piece of text escaped and only PNG data URLs as images.
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../shared/report/html';
import type { ReportDocument } from '../../../shared/report/model';
import { editParagraph } from '../../../shared/report/refresh';
import { sampleReport } from './sample-report';

describe('renderReportHtml', () => {
  const { doc } = sampleReport();

  it('holds the title, the section headings and the A4 page with GB/T 9704 margins', () => {
    const html = renderReportHtml(doc, new Map());
    expect(html).toContain('<h1>广州市科技创新“十四五”规划中期评估报告</h1>');
    for (const heading of ['一、总体进展', '二、主要指标完成情况', '三、分领域评估', '四、分区评估', '五、存在问题', '六、对策建议', '附录']) {
      expect(html).toContain(`>${heading}<`);
    }
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toContain('<thead>');
  });

  it('escapes text the user or a file supplied', () => {
    const hostile: ReportDocument = editParagraph(doc, 'overall.summary', '<script>alert(1)</script> & "x"');
    const html = renderReportHtml({ ...hostile, title: '<img src=x onerror=alert(1)>' }, new Map());
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });

  it('embeds PNG data URLs and drops anything else', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const html = renderReportHtml(doc, new Map([['chart.completion', png], ['chart.categoryScores', 'javascript:alert(1)']]));
    expect(html).toContain(`<img src="${png}"`);
    expect(html).not.toContain('javascript:');
  });
});
