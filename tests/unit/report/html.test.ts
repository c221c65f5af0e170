// The print-ready HTML: the report's content, with every piece of text escaped and only PNG data URLs as images.
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../shared/report/html';
import type { ReportDocument } from '../../../shared/report/model';
import { editParagraph } from '../../../shared/report/refresh';
import { sampleReport } from './sample-report';

describe('renderReportHtml', () => {
  const { doc } = sampleReport();

  it('opens with a cover page: title, period, 评估单位 and date', () => {
    const html = renderReportHtml(doc, new Map());
    expect(html).toMatch(/<header class="cover">\n<h1>广州市科技创新“十四五”规划中期评估报告<\/h1>\n<p class="subtitle">（2021—2023年）<\/p>\n<p class="unit">评估单位：（评估单位）<\/p>\n<p class="date">2024年6月1日<\/p>\n<\/header>/);
    expect(html).toContain('.cover { min-height: 225mm;');
  });

  it('sets the method’s formulas as MathML, and （待填写） under the 对策建议 not yet written', () => {
    const html = renderReportHtml(doc, new Map());
    expect(html).toContain('<div class="formula" id="formula.time"><math display="block"><mi>S</mi><mo>=</mo><mfrac><mrow><mi>t</mi><mo>−</mo><msub><mi>t</mi><mn>0</mn></msub></mrow><mrow><mi>T</mi><mo>−</mo><msub><mi>t</mi><mn>0</mn></msub></mrow></mfrac></math></div>');
    expect(html).toContain('<p class="where">式中：<math display="inline"><mi>t</mi></math>——评估年份2023年及以前最近一个有数据的年份；</p>');
    expect(html).toContain('<h3>（一）加快滞后指标进度</h3><p class="body">（待填写）</p>');
    expect(html).toContain('<td class="nowrap">无法判断进度</td>');
  });

  it('holds the section headings and the A4 page with GB/T 9704 margins', () => {
    const html = renderReportHtml(doc, new Map());
    for (const heading of ['一、评估方法', '二、总体进展', '三、主要指标完成情况', '四、分领域评估', '五、分区评估', '六、存在问题', '七、对策建议', '附录']) {
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
