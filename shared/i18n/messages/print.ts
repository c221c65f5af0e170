// Text of 导出PDF in browser mode (the local server prints the report with the machine's Chromium): why no PDF came out, and what to do instead.
import type { MessageTable } from '../message';

export const printMessages = {
  'print.noBrowser': {
    zh: '本机未找到 Chromium、Chrome 或 Edge，浏览器模式要用它生成 PDF。请安装其中之一后重试，或改为导出 Word，再在 Word 中另存为 PDF。',
    en: 'Browser mode makes the PDF with Chromium, Chrome or Edge, and none was found on this computer. Install one and try again, or export to Word and save that as PDF from Word.',
  },
  'print.failed': {
    zh: '浏览器未能生成 PDF，原因见运行 npm start 的终端窗口。请重试，或改为导出 Word，再在 Word 中另存为 PDF。',
    en: 'The browser could not make the PDF; the terminal running npm start says why. Try again, or export to Word and save that as PDF from Word.',
  },
  'print.tooLarge': {
    zh: '报告页面过大，无法生成 PDF。请减少纳入的领域后重新生成报告，或改为导出 Word。',
    en: 'The report page is too large to print to PDF. Draft the report with fewer areas, or export to Word.',
  },
  'print.unavailable': {
    zh: '打开本页的服务不能生成 PDF。请关闭窗口，用 npm start 重新打开规划评估工作台后重试，或改为导出 Word。',
    en: 'The server this page came from cannot make PDFs. Close the window, open PlanEval again with npm start and retry, or export to Word.',
  },
} satisfies MessageTable;
