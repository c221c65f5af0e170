// The task ledger (shared/ledger/): kinds, the verbs that define done with their rubrics, stages, field checks, and
// the command line's `planeval tasks`.
import type { MessageTable } from '../message';

export const ledger = {
  'ledger.kind.task': { zh: '任务', en: 'task' },
  'ledger.kind.platform': { zh: '平台', en: 'platform' },
  'ledger.kind.project': { zh: '项目', en: 'project' },

  'ledger.verb.build.label': { zh: '建成', en: 'build' },
  'ledger.verb.build.rubric': {
    zh: '建成：达到“建成/挂牌”阶段并有佐证材料方为已完成；此前按已达到的阶段（立项、开工）判断是否序时推进。',
    en: 'Build: complete only when the stage 建成/挂牌 (built or inaugurated) is reached, with evidence; before that, judge the pace by the stage reached (approved, started).',
  },
  'ledger.verb.advance.label': { zh: '推进', en: 'advance' },
  'ledger.verb.advance.rubric': {
    zh: '推进：当年安排的工作落实即为序时推进；规划期内各项举措落地并形成阶段性成果方为已完成。',
    en: 'Advance: on schedule when the year\'s planned steps are taken; complete when every measure is in place with results by the end of the plan.',
  },
  'ledger.verb.establish.label': { zh: '构建', en: 'establish' },
  'ledger.verb.establish.rubric': {
    zh: '构建：相关制度、政策或机制印发实施并投入运行方为已完成；起草、征求意见阶段为推进中。',
    en: 'Establish: complete when the rules, policies or mechanisms are issued and in force; drafting or consultation counts as in progress.',
  },
  'ledger.verb.implement.label': { zh: '实施', en: 'implement' },
  'ledger.verb.implement.rubric': {
    zh: '实施：计划、工程或行动已启动并按年度执行为序时推进；规划期内完成既定内容方为已完成。',
    en: 'Implement: on schedule when the programme, project or action has started and runs each year; complete when its planned content is delivered.',
  },
  'ledger.verb.raise.label': { zh: '提升', en: 'raise' },
  'ledger.verb.raise.rubric': {
    zh: '提升：以关联指标或能力的改善判断，关联指标达到规划目标为已完成；无关联指标时以举措落实情况和成效佐证判断。',
    en: 'Raise: judged by the linked indicators or capacities; complete when the linked indicators reach the plan\'s targets; without linked indicators, by the measures taken and evidence of their effect.',
  },
  'ledger.verb.cultivate.label': { zh: '培育', en: 'cultivate' },
  'ledger.verb.cultivate.rubric': {
    zh: '培育：以培育对象（企业、人才、产业）的数量和质量增长判断，达到规划提出的数量为已完成。',
    en: 'Cultivate: judged by the growth in number and quality of what is cultivated (enterprises, talent, industries); complete when the plan\'s numbers are reached.',
  },
  'ledger.verb.breakthrough.label': { zh: '突破', en: 'break through' },
  'ledger.verb.breakthrough.rubric': {
    zh: '突破：以关键核心技术攻关取得的成果（项目结题、专利、产品、示范应用）判断，形成标志性成果为已完成。',
    en: 'Break through: judged by the results of the research on key technologies (projects concluded, patents, products, demonstrations); complete with a landmark result.',
  },
  'ledger.verb.explore.label': { zh: '探索', en: 'explore' },
  'ledger.verb.explore.rubric': {
    zh: '探索：开展试点或形成可复制的做法并有总结材料即为已完成，不以全面推开为要求。',
    en: 'Explore: complete when a pilot has run or a repeatable practice is written up; it need not be rolled out everywhere.',
  },

  'ledger.stage.approved': { zh: '立项', en: 'approved' },
  'ledger.stage.started': { zh: '开工', en: 'started' },
  'ledger.stage.completed': { zh: '建成/挂牌', en: 'built or inaugurated' },
  'ledger.stage.accepted': { zh: '验收', en: 'accepted' },
  'ledger.stage.operating': { zh: '运行', en: 'operating' },

  'ledger.rating.done': { zh: '已完成', en: 'completed' },
  'ledger.rating.ahead': { zh: '超序时推进', en: 'ahead of schedule' },
  'ledger.rating.on-track': { zh: '序时推进', en: 'on schedule' },
  'ledger.rating.lagging': { zh: '滞后', en: 'behind schedule' },
  'ledger.rating.not-started': { zh: '未启动', en: 'not started' },
  'ledger.rating.dropped': { zh: '不再实施', en: 'no longer carried out' },
  'ledger.rating.unreported': { zh: '未报送', en: 'not reported' },
  'ledger.progress.error.item': { zh: '进展记录不属于该条目（{value}）', en: 'The progress record belongs to another item ({value})' },
  'ledger.progress.error.year': { zh: '评估年份“{value}”不是整数年份', en: 'The year "{value}" is not a whole year' },
  'ledger.progress.error.rating': { zh: '进展评价“{value}”不在评价等级之列', en: 'The rating "{value}" is not on the scale' },
  'ledger.progress.error.stage': { zh: '所处阶段“{value}”不在阶段之列', en: 'The stage "{value}" is not one of the stages' },
  'ledger.progress.error.lagReason': { zh: '评为滞后或未启动时须填写滞后原因', en: 'A rating of behind schedule or not started needs the reason' },
  'ledger.progress.error.nextSteps': { zh: '评为滞后或未启动时须填写下一步措施', en: 'A rating of behind schedule or not started needs the next steps' },
  'ledger.progress.error.dropReason': { zh: '评为不再实施时须说明原因', en: 'A rating of no longer carried out needs its reason' },
  'ledger.progress.error.doneStage': {
    zh: '以“建成”为完成标志的条目，须达到“建成/挂牌”阶段方可评为已完成',
    en: 'An item whose verb is build is completed only when the stage built or inaugurated is reached',
  },
  'ledger.progress.error.doneEvidence': {
    zh: '以“建成”为完成标志的条目评为已完成时，须附佐证材料',
    en: 'An item whose verb is build needs evidence to be rated completed',
  },
  'ledger.error.location': { zh: '条目“{id}”：', en: 'Item "{id}": ' },
  'ledger.error.idEmpty': { zh: '编号不能为空', en: 'The id is empty' },
  'ledger.error.idPattern': {
    zh: '编号“{value}”只能包含字母、数字和连字符，且以字母或数字开头',
    en: 'The id "{value}" may contain only letters, digits and hyphens, starting with a letter or digit',
  },
  'ledger.error.idDuplicate': { zh: '编号“{value}”已被其他条目使用', en: 'The id "{value}" is already used by another item' },
  'ledger.error.sectionEmpty': { zh: '规划章节不能为空（例如 五（一）2）', en: 'The plan section is empty (e.g. 五（一）2)' },
  'ledger.error.sectionInvalid': {
    zh: '规划章节“{value}”无法识别，应写作 五、五（一） 或 五（一）2 的形式',
    en: 'The plan section "{value}" is not recognised; write it as 五, 五（一） or 五（一）2',
  },
  'ledger.error.sectionForm': { zh: '规划章节“{value}”应写作“{canonical}”', en: 'The plan section "{value}" should be written "{canonical}"' },
  'ledger.error.sectionUnknown': { zh: '规划中没有章节“{value}”', en: 'The plan has no section "{value}"' },
  'ledger.error.titleEmpty': { zh: '名称不能为空', en: 'The title is empty' },
  'ledger.error.kind': { zh: '类别“{value}”无效，应为 任务、平台 或 项目', en: 'The kind "{value}" is not valid; use task, platform or project' },
  'ledger.error.verb': {
    zh: '完成标准“{value}”无效，应为 建成、推进、构建、实施、提升、培育、突破 或 探索',
    en: 'The verb "{value}" is not valid; use build, advance, establish, implement, raise, cultivate, breakthrough or explore',
  },
  'ledger.error.partnerEmpty': { zh: '配合单位不能为空白', en: 'A partner unit is blank' },
  'ledger.error.partnerDuplicate': { zh: '配合单位“{value}”重复', en: 'The partner unit "{value}" is listed twice' },
  'ledger.error.partnerIsLead': { zh: '“{value}”已是牵头单位，不能同时列为配合单位', en: '"{value}" is the lead unit and cannot also be a partner' },
  'ledger.error.milestoneYear': { zh: '时间节点的年份 {value} 不合理（应为 1900 到 2100 的整数）', en: 'The milestone year {value} is not plausible (a whole number from 1900 to 2100)' },
  'ledger.error.milestoneStage': {
    zh: '时间节点的阶段“{value}”无效，应为 立项、开工、建成/挂牌、验收 或 运行',
    en: 'The milestone stage "{value}" is not valid; use approved, started, completed, accepted or operating',
  },
  'ledger.error.milestoneDuplicate': { zh: '阶段“{stage}”有两个时间节点', en: 'The stage "{stage}" has two milestones' },
  'ledger.error.milestoneOrder': {
    zh: '阶段“{later}”（{laterYear}年）早于其前一阶段“{earlier}”（{earlierYear}年）',
    en: 'The stage "{later}" ({laterYear}) comes before the earlier stage "{earlier}" ({earlierYear})',
  },
  'ledger.error.investmentNotProject': { zh: '计划投资和完成投资只适用于项目，本条目为{kind}', en: 'Planned and completed investment apply to projects only; this item is a {kind}' },
  'ledger.error.investmentValue': { zh: '投资额 {value} 应为不小于 0 的数（万元）', en: 'The investment {value} must be a number of at least 0 (10,000 yuan)' },
  'ledger.error.indicatorUnknown': { zh: '关联指标“{value}”不是本规划的指标', en: 'The linked indicator "{value}" is not one of the plan\'s indicators' },
  'ledger.error.indicatorDuplicate': { zh: '关联指标“{value}”重复', en: 'The linked indicator "{value}" is listed twice' },

  'ledger.cli.summary': { zh: '显示规划的重点任务与重大平台台账', en: 'show a plan\'s ledger of key tasks and major platforms' },
  'ledger.cli.help': {
    zh: 'show：按规划章节列出每项任务、平台和项目：编号、章节、名称、类别、完成标准、牵头单位、配合单位、时间节点和关联指标（--json 时输出 JSON）。',
    en: 'show: lists every task, platform and project by plan section: id, section, title, kind, the verb that defines done, lead and partner units, milestones and linked indicators (as JSON with --json).',
  },
  'ledger.cli.noLedger': { zh: '“{spec}”没有台账，有台账的内置规划：{available}', en: '"{spec}" has no ledger; built-in plans with one: {available}' },
  'ledger.cli.title': {
    zh: '《{plan}》（{id}）重点任务与重大平台台账：任务 {tasks} 项，平台 {platforms} 个，项目 {projects} 个；台账版本 {version}',
    en: 'Ledger of key tasks and major platforms of 《{plan}》 ({id}): {tasks} tasks, {platforms} platforms, {projects} projects; ledger version {version}',
  },
  'ledger.cli.heading.section': { zh: '章节', en: 'section' },
  'ledger.cli.heading.id': { zh: '编号', en: 'id' },
  'ledger.cli.heading.kind': { zh: '类别', en: 'kind' },
  'ledger.cli.heading.verb': { zh: '完成标准', en: 'verb' },
  'ledger.cli.heading.title': { zh: '名称', en: 'title' },
  'ledger.cli.heading.lead': { zh: '牵头单位', en: 'lead' },
  'ledger.cli.heading.partners': { zh: '配合单位', en: 'partners' },
  'ledger.cli.heading.milestones': { zh: '时间节点', en: 'milestones' },
  'ledger.cli.heading.indicators': { zh: '关联指标', en: 'indicators' },
} satisfies MessageTable;
