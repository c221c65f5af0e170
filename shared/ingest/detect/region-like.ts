import { normaliseRegion } from '../../base';
// Whether a list of row labels looks like places (regions) rather than indicator names.

const PROVINCES = '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门'.split(' ');
const AREAS = ['全国', '全省', '全市', '全区', '合计', '总计', '全市合计', '东部地区', '中部地区', '西部地区', '东北地区', '市辖区', '市本级'];
const PLACE_SUFFIX = /(省|市|区|县|州|盟|旗|镇|街道|乡|新区|开发区|自治区|特别行政区)$/;
const INDICATOR_HINT = /[((].*[))]|数|率|额|量|比|值|强度|比重|收入|支出|产值|经费|人员|企业|专利|面积|人口/;

/** True when one label reads like a place name. */
export function isPlaceName(label: string): boolean {
  const s = normaliseRegion(label);
  if (!s || s.length > 10) return false;
  if (AREAS.includes(s) || PROVINCES.includes(s)) return true;
  if (PROVINCES.some((p) => s.startsWith(p) && s.length <= p.length + 4 && PLACE_SUFFIX.test(s))) return true;
  return PLACE_SUFFIX.test(s) && !INDICATOR_HINT.test(s.replace(PLACE_SUFFIX, ''));
}

/** True when most labels read like place names. */
export function labelsAreRegions(labels: string[]): boolean {
  const filled = labels.filter((l) => l.trim() !== '');
  if (!filled.length) return false;
  return filled.filter(isPlaceName).length / filled.length >= 0.5;
}

/** Header words that name the region column or the indicator column. */
export const REGION_HEADER = /^(地区|区域|地域|行政区|区县|区|县区|城市|省份|省市|地市|region|area|district|city|province)$/i;
export const INDICATOR_HEADER = /^(指标|指标名称|项目|名称|统计指标|indicator|item|items|name)$/i;
