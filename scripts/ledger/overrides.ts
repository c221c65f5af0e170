// The hand-reviewed part of the built-in ledger of 穗府办〔2022〕1号: how the plan's verbs fold into the verbs that
// define done, the corrections a reviewer made to what the text gives, the indicator links, and the named platforms.
// build-builtin-ledger.mjs applies these to the plan text; change them here and re-run it.
import type { Verb } from '../../shared/ledger';
import type { TextGap } from './plan-text';

export const PLAN_ID = 'gz-st-14th';
export const SEED_FILE = 'guangzhou-st-14th-fyp-plan.txt';

/** The chapters whose tasks the ledger holds: 三 (空间布局) to 九 (创新生态); 一、二 set the scene, 十 is 保障措施. */
export const FIRST_CHAPTER = 3;
export const LAST_CHAPTER = 9;

/**
 * Every public text of the plan lost the image of its indicator table, and with it the body of 三 and the opening of
 * 四 down to 四（一）1: after the table's title the text goes on with 四（一）2. The 目录 still names 三's parts, which
 * become tasks at the level of the part (their numbered sub-items, if any, are not in the text).
 */
export const TEXT_GAPS: TextGap[] = [{ afterLine: '“十四五”时期广州市科技创新主要目标指标', resumesIn: '四（一）' }];
/** The sub-items of 三–九 the published text lacks (see TEXT_GAPS); the test checks there are no others. */
export const LOST_ITEMS = ['四（一）1'];

/** A heading's first words → the verb that defines done (the longest match wins). */
export const LEADING_VERBS: Record<string, Verb> = {
  高标准建设: 'build',
  加快建设: 'build',
  建设: 'build',
  构建: 'establish',
  完善: 'establish',
  改革完善: 'establish',
  创新: 'establish',
  创新推动: 'advance',
  实施: 'implement',
  推进: 'advance',
  大力推进: 'advance',
  推动: 'advance',
  促进: 'advance',
  深化: 'advance',
  共建: 'advance',
  助力: 'advance',
  深度融入: 'advance',
  统筹布局: 'advance',
  拓展: 'advance',
  打造: 'advance',
  提升: 'raise',
  提高: 'raise',
  优化: 'raise',
  强化: 'raise',
  加强: 'raise',
  全面激发: 'raise',
  树立: 'raise',
  培育壮大: 'cultivate',
  培育: 'cultivate',
  集聚: 'cultivate',
  探索: 'explore',
  突破: 'breakthrough',
};

/** 四's sub-items are fields, not actions ("海洋科技"): each is a field of key-technology research (重点突破 …). */
export const CHAPTER_VERBS: Record<number, Verb> = { 4: 'breakthrough' };

/** The reviewer's corrections of a task's verb, with why. */
export const VERB_CORRECTIONS: Record<string, { verb: Verb; why: string }> = {
  '三（一）': { verb: 'advance', why: 'a spatial layout is advanced, not raised: 强化 here means building up the 科技创新轴' },
  '三（二）': { verb: 'advance', why: 'the 四核 (一区三城) are developed over the period' },
  '三（三）': { verb: 'advance', why: 'the 多点 are developed over the period' },
  '五（一）1': { verb: 'build', why: 'the 体系 is its laboratories: done when they are built (建设广州实验室, 4家省实验室)' },
  '五（一）3': { verb: 'build', why: 'done means the facilities are built (集中力量建好 …)' },
  '八（一）2': { verb: 'cultivate', why: 'a reserve of young scientists is cultivated' },
  '八（三）2': { verb: 'cultivate', why: 'an entrepreneurs\u2019 corps is cultivated' },
  '九（一）1': { verb: 'establish', why: 'the task is the 1+5+N system of laws and policies (不断完善)' },
  '九（二）2': { verb: 'advance', why: 'a 格局 of regional cooperation is advanced, not a set of rules to issue' },
  '九（四）3': { verb: 'advance', why: 'a 知识产权高地 is a standing to reach, not a thing to build' },
};

/** Indicators a task serves, where its text names the quantity one measures. */
export const TASK_INDICATORS: Record<string, string[]> = {
  '五（一）1': ['platforms'],
  '五（一）2': ['platforms'],
  '五（一）3': ['platforms'],
  '五（二）3': ['basic-research-share'],
  '六（一）2': ['industrial-rd-ratio'],
  '六（一）3': ['platforms'],
  '六（二）2': ['tech-contracts'],
  '六（三）1': ['incubators'],
  '七（一）2': ['hitech-firms', 'tech-smes'],
  '七（一）3': ['hitech-output-share'],
  '八（一）1': ['overseas-talent'],
  '八（三）3': ['overseas-talent'],
  '九（三）4': ['new-listed-firms'],
  '九（四）1': ['sci-literacy'],
  '九（四）3': ['hv-patents'],
};

export interface PlatformEntry {
  id: string;
  title: string;
  /** The part or sub-item that commits to it. */
  section: string;
  verb: Verb;
  /** The words that name it in the text of `section`, or of the 附件 where only the 名词解释 names it: the 四核 of 三,
   *  whose text is lost, and the two 高水平创新研究院 the “2+2+N” entry names for 五（一）4. */
  find: string;
  foundIn?: 'annex';
  indicators?: string[];
}

/** Counted by the indicator 省级以上战略科技创新平台数. */
const STRATEGIC = ['platforms'];

/**
 * Every named platform, facility, zone and institution the text of 三–九 commits to build, create, develop or have
 * designated. Left out: generic kinds ("一批国家级孵化器", 高水平创新研究院), other cities' platforms the plan only
 * links with (光明科学城, 横琴、前海), existing bodies it relies on (上交所南方中心 …), funds, programmes and events.
 */
export const PLATFORMS: PlatformEntry[] = [
  { id: 'p-ai-digital-zone', title: '广州人工智能与数字经济试验区', section: '三（二）', verb: 'advance', find: '广州人工智能与数字经济试验区', foundIn: 'annex' },
  { id: 'p-nansha-science-city', title: '南沙科学城', section: '三（二）', verb: 'advance', find: '南沙科学城', foundIn: 'annex' },
  { id: 'p-knowledge-city', title: '中新广州知识城', section: '三（二）', verb: 'advance', find: '中新广州知识城', foundIn: 'annex' },
  { id: 'p-science-city', title: '广州科学城', section: '三（二）', verb: 'advance', find: '广州科学城', foundIn: 'annex' },

  { id: 'p-gz-lab', title: '广州实验室', section: '五（一）1', verb: 'build', find: '全力建设广州实验室', indicators: STRATEGIC },
  { id: 'p-bioisland-lab', title: '生物岛省实验室', section: '五（一）1', verb: 'advance', find: '生物岛、', indicators: STRATEGIC },
  { id: 'p-ai-digital-lab', title: '人工智能与数字经济省实验室', section: '五（一）1', verb: 'advance', find: '人工智能与数字经济、', indicators: STRATEGIC },
  { id: 'p-marine-lab', title: '南方海洋科学与工程省实验室', section: '五（一）1', verb: 'advance', find: '南方海洋科学与工程、', indicators: STRATEGIC },
  { id: 'p-lingnan-agri-lab', title: '岭南现代农业科学与技术省实验室', section: '五（一）1', verb: 'advance', find: '岭南现代农业科学与技术等4家省实验室', indicators: STRATEGIC },
  { id: 'p-gba-nitic', title: '粤港澳大湾区国家技术创新中心', section: '五（一）2', verb: 'advance', find: '加快推进粤港澳大湾区国家技术创新中心建设', indicators: STRATEGIC },
  { id: 'p-display-center', title: '国家新型显示技术创新中心', section: '五（一）2', verb: 'build', find: '建好国家新型显示技术创新中心', indicators: STRATEGIC },
  { id: 'p-cell-lineage', title: '人类细胞谱系大科学研究设施', section: '五（一）3', verb: 'build', find: '建好人类细胞谱系大科学研究设施', indicators: STRATEGIC },
  { id: 'p-cold-seep', title: '冷泉生态系统研究装置', section: '五（一）3', verb: 'build', find: '冷泉生态系统研究装置', indicators: STRATEGIC },
  { id: 'p-hypersonic-tunnel', title: '动态宽域高超声速风洞', section: '五（一）3', verb: 'advance', find: '动态宽域高超声速风洞' },
  { id: 'p-ocean-observation', title: '极端海洋动态过程多尺度自主观测科考设施', section: '五（一）3', verb: 'advance', find: '极端海洋动态过程多尺度自主观测科考设施' },
  { id: 'p-supercomputing', title: '国家超级计算广州中心', section: '五（一）3', verb: 'advance', find: '国家超级计算广州中心', indicators: STRATEGIC },
  { id: 'p-shiyan-6', title: '新型地球物理综合科学考察船（“实验6”号）', section: '五（一）3', verb: 'advance', find: '新型地球物理综合科学考察船（“实验6”号）' },
  { id: 'p-drilling-ship', title: '天然气水合物钻采船（大洋钻探船）', section: '五（一）3', verb: 'advance', find: '天然气水合物钻采船（大洋钻探船）' },
  { id: 'p-aviation-tyre', title: '航空轮胎动力学大科学装置', section: '五（一）3', verb: 'advance', find: '航空轮胎动力学大科学装置' },
  { id: 'p-huiyan', title: '慧眼大设施工程', section: '五（一）3', verb: 'advance', find: '慧眼大设施工程' },
  { id: 'p-nano-institute', title: '广东粤港澳大湾区国家纳米科技创新研究院', section: '五（一）4', verb: 'advance', find: '广东粤港澳大湾区国家纳米科技创新研究院', foundIn: 'annex' },
  { id: 'p-aerospace-institute', title: '广东空天科技研究院', section: '五（一）4', verb: 'advance', find: '广东空天科技研究院', foundIn: 'annex' },
  { id: 'p-applied-math', title: '粤港澳应用数学中心', section: '五（二）1', verb: 'build', find: '加快建设粤港澳应用数学中心', indicators: STRATEGIC },
  { id: 'p-scut-intl-campus', title: '华南理工大学广州国际校区', section: '五（三）2', verb: 'build', find: '加快建设华南理工大学广州国际校区' },
  { id: 'p-hkust-gz', title: '香港科技大学（广州）', section: '五（三）2', verb: 'build', find: '香港科技大学（广州）' },
  { id: 'p-xidian-gz', title: '西安电子科技大学广州研究院', section: '五（三）2', verb: 'advance', find: '西安电子科技大学广州研究院' },
  { id: 'p-gzhu-huangpu', title: '广州大学黄埔研究院', section: '五（三）2', verb: 'advance', find: '广州大学黄埔研究院' },

  { id: 'p-polymer-center', title: '国家先进高分子材料产业创新中心', section: '六（一）3', verb: 'build', find: '加快建设国家先进高分子材料产业创新中心', indicators: STRATEGIC },
  { id: 'p-gan-center', title: '广州第三代半导体创新中心', section: '六（一）3', verb: 'build', find: '广州第三代半导体创新中心' },
  { id: 'p-reef-center', title: '南海岛礁国家技术创新中心', section: '六（一）3', verb: 'build', find: '积极创建南海岛礁国家技术创新中心', indicators: STRATEGIC },
  { id: 'p-hydrate-center', title: '天然气水合物勘查开发国家工程研究中心', section: '六（一）3', verb: 'build', find: '天然气水合物勘查开发国家工程研究中心', indicators: STRATEGIC },
  { id: 'p-v2x-zone', title: '国家级车联网先导区', section: '六（一）4', verb: 'build', find: '加快打造国家级车联网先导区' },
  { id: 'p-transfer-demo-zone', title: '珠三角国家科技成果转移转化示范区', section: '六（二）1', verb: 'advance', find: '共建珠三角国家科技成果转移转化示范区' },
  { id: 'p-transfer-special-zone', title: '开放式科技成果转化“科技创新特区”', section: '六（二）1', verb: 'explore', find: '开放式科技成果转化的“科技创新特区”' },
  { id: 'p-south-china-transfer', title: '华南技术转移中心', section: '六（二）1', verb: 'raise', find: '支持华南技术转移中心做大做强' },
  { id: 'p-tech-trading-center', title: '广州国际技术交易服务中心', section: '六（二）2', verb: 'build', find: '加快建设广州国际技术交易服务中心' },
  { id: 'p-daan-gu', title: '达安创谷（国家级孵化载体）', section: '六（三）1', verb: 'raise', find: '达安创谷' },
  { id: 'p-south-china-materials', title: '华南新材料（国家级孵化载体）', section: '六（三）1', verb: 'raise', find: '华南新材料等国家级孵化载体' },
  { id: 'p-science-city-base', title: '广州科学城国家“双创”示范基地', section: '六（三）1', verb: 'build', find: '加快建设广州科学城、工业和信息化部电子五所等国家“双创”示范基地' },
  { id: 'p-ceprei-base', title: '工业和信息化部电子五所国家“双创”示范基地', section: '六（三）1', verb: 'build', find: '工业和信息化部电子五所等国家“双创”示范基地' },
  { id: 'p-intl-innovation-city-base', title: '广州国际科技创新城（申报国家“双创”示范基地）', section: '六（三）1', verb: 'advance', find: '支持广州国际科技创新城等申报国家“双创”示范基地' },

  { id: 'p-cim-platform', title: '城市信息模型（CIM）平台', section: '七（三）1', verb: 'advance', find: '加快推进城市信息模型（CIM）平台建设' },
  { id: 'p-suizhiguan', title: '“穗智管”城市运行管理中枢', section: '七（三）1', verb: 'build', find: '加快建设“穗智管”城市运行管理中枢' },
  { id: 'p-large-animal-center', title: '大动物模型研究中心', section: '七（三）2', verb: 'advance', find: '大动物模型研究中心' },
  { id: 'p-nano-biosafety-center', title: '广东省纳米生物安全中心', section: '七（三）2', verb: 'advance', find: '广东省纳米生物安全中心', indicators: STRATEGIC },
  { id: 'p-bsl3-lab', title: '三级病原微生物实验室', section: '七（三）2', verb: 'advance', find: '三级病原微生物实验室' },
  { id: 'p-biosafety-zone', title: '生物安全与健康产业先导区', section: '七（四）1', verb: 'advance', find: '打造生物安全与健康产业先导区' },
  { id: 'p-life-health-zone', title: '粤港澳大湾区生命健康产业创新区', section: '七（四）1', verb: 'advance', find: '粤港澳大湾区生命健康产业创新区' },
  { id: 'p-agri-innovation-center', title: '广州国家现代农业产业科技创新中心', section: '七（四）2', verb: 'advance', find: '推动广州国家现代农业产业科技创新中心' },
  { id: 'p-gz-agri-academy', title: '广州市农业科学研究院', section: '七（四）2', verb: 'advance', find: '广州市农业科学研究院建设' },
  { id: 'p-smart-education-zone', title: '国家智慧教育示范区', section: '七（四）3', verb: 'build', find: '大力建设国家智慧教育示范区' },

  { id: 'p-postdoc-center', title: '中新广州知识城省级博士博士后创新示范中心', section: '八（一）2', verb: 'build', find: '在中新广州知识城加快建设全省首批、全市首家省级博士博士后创新示范中心' },
  { id: 'p-hr-park', title: '中国广州人力资源服务产业园', section: '八（二）2', verb: 'build', find: '加快建设中国广州人力资源服务产业园' },
  { id: 'p-talent-free-port', title: '中新广州知识城国际人才自由港', section: '八（三）1', verb: 'build', find: '高标准建设中新广州知识城国际人才自由港' },
  { id: 'p-nansha-talent-zone', title: '南沙国际化人才特区', section: '八（三）1', verb: 'build', find: '加快建设南沙国际化人才特区' },
  { id: 'p-gba-forum-venue', title: '大湾区科学论坛永久会址', section: '八（三）1', verb: 'advance', find: '推进大湾区科学论坛永久会址建设' },

  { id: 'p-gba-gz-coop-zone', title: '粤港澳大湾区国际科技创新中心广州创新合作区', section: '九（二）1', verb: 'build', find: '加快建设粤港澳大湾区国际科技创新中心广州创新合作区' },
  { id: 'p-gba-science-center', title: '大湾区综合性国家科学中心', section: '九（二）1', verb: 'advance', find: '以南沙科学城为主要承载区共建大湾区综合性国家科学中心' },
  { id: 'p-gf-fintech-zone', title: '广佛科技金融合作示范区', section: '九（二）1', verb: 'advance', find: '共建广佛科技金融合作示范区' },
  { id: 'p-prd-innovation-zone', title: '珠三角国家自主创新示范区', section: '九（二）2', verb: 'advance', find: '共建珠三角国家自主创新示范区' },
  { id: 'p-nansha-coop-zone', title: '南沙粤港澳全面合作示范区', section: '九（二）3', verb: 'advance', find: '全力打造南沙粤港澳全面合作示范区' },
  { id: 'p-gd-hk-coop-park', title: '粤港深度合作园', section: '九（二）3', verb: 'advance', find: '创新粤港深度合作园开发建设合作模式' },
  { id: 'p-hk-smart-mfg-zone', title: '穗港智造合作区', section: '九（二）3', verb: 'advance', find: '大力推动穗港智造合作区' },
  { id: 'p-hk-tech-park', title: '穗港科技合作园', section: '九（二）3', verb: 'advance', find: '穗港科技合作园等重大合作平台建设' },
  { id: 'p-youth-factory', title: '粤港澳（国际）青年创新工厂', section: '九（二）3', verb: 'advance', find: '支持粤港澳（国际）青年创新工厂' },
  { id: 'p-hkmo-youth-center', title: '广州市港澳青年创新创业服务中心', section: '九（二）3', verb: 'advance', find: '广州市港澳青年创新创业服务中心建设' },
  { id: 'p-ukraine-lab', title: '中国—乌克兰材料连接与先进制造“一带一路”联合实验室', section: '九（二）4', verb: 'advance', find: '推动中国—乌克兰材料连接与先进制造“一带一路”联合实验室建设' },
  { id: 'p-sino-singapore-institute', title: '中新国际联合研究院', section: '九（二）4', verb: 'advance', find: '加快中新国际联合研究院' },
  { id: 'p-sino-israel-base', title: '中以生物产业孵化基地', section: '九（二）4', verb: 'advance', find: '中以生物产业孵化基地' },
  { id: 'p-fintech-brain', title: '科技金融“智慧大脑”', section: '九（三）5', verb: 'build', find: '集成打造科技金融“智慧大脑”' },
  { id: 'p-science-museum', title: '广州科学馆', section: '九（四）1', verb: 'build', find: '加快建设广州科学馆' },
  { id: 'p-ip-protection-center', title: '中国（广州）知识产权保护中心', section: '九（四）3', verb: 'build', find: '加快建设中国（广州）知识产权保护中心' },
  { id: 'p-ip-service-zones', title: '越秀、天河知识产权服务业集聚发展示范区', section: '九（四）3', verb: 'advance', find: '支持越秀、天河建设知识产权服务业集聚发展示范区' },
];
