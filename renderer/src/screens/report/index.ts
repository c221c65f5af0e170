// The 报告 tab: reports drafted from the evaluation, edited in place and exported to Word, Excel, HTML or PDF.
export { ReportScreen } from './ReportScreen';
