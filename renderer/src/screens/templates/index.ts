// The 数据采集 tab: data-collection templates for the departments, and the tracker of which came back.
export { TemplatesScreen } from './TemplatesScreen';
