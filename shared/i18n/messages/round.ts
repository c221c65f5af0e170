import type { MessageTable } from '../message';

// Frozen evaluation rounds (评估轮次): their kinds and names, errors, the 评估轮次 panel, the diff and its report annex.
export const round = {
  'round.kind.annual': { zh: '年度监测', en: 'Annual monitoring' },
  'round.kind.midterm': { zh: '中期评估', en: 'Mid-term evaluation' },
  'round.kind.final': { zh: '总结评估', en: 'Final evaluation' },
  'round.name': { zh: '{year}年{kind}', en: '{kind} {year}' },

  'round.error.cutoff': { zh: '数据截止时点“{value}”不是有效日期，请写作 YYYY-MM-DD（如 2024-03-31）。', en: 'The data cut-off “{value}” is not a date: write it as YYYY-MM-DD (e.g. 2024-03-31).' },
  'round.error.kind': { zh: '评估轮次类型“{value}”无效，可选：{kinds}。', en: 'Round kind “{value}” is not one of: {kinds}.' },
  'round.error.asOf': { zh: '评估年份“{value}”不是整数年份。', en: 'The evaluation year “{value}” is not a whole year.' },
  'round.error.notARound': { zh: '{file} 不是 PlanEval 评估轮次文件。', en: '{file} is not a PlanEval round file.' },
  'round.error.newer': {
    zh: '{file} 由较新版本的 PlanEval 写出（格式 {version}），本程序只能读取格式 {supported} 及以前的轮次文件。',
    en: '{file} was written by a newer PlanEval (format {version}); this one reads round files up to format {supported}.',
  },
  'round.error.malformed': { zh: '{file} 已损坏：{detail} 不符合评估轮次的格式。', en: '{file} is damaged: {detail} is not as a round holds it.' },
  'round.error.hash': {
    zh: '{file} 中的评估轮次“{name}”与冻结时的内容校验值（SHA-256）不符：冻结后被修改过，已拒绝读取。',
    en: 'The round “{name}” in {file} no longer matches the SHA-256 it was frozen with: it was altered after freezing and is refused.',
  },
  'round.error.gone': { zh: '评估轮次 {id} 已不存在。', en: 'Round {id} no longer exists.' },
  'round.error.noValues': {
    zh: '数据截止时点 {cutoff} 之前没有导入任何{year}年及以前的数值，无法冻结评估轮次。',
    en: 'No values for {year} or earlier had been imported by the cut-off {cutoff}: there is nothing to freeze.',
  },

  'round.report.stamp': {
    zh: '本报告的全部数字取自评估轮次“{name}”：数据截止时点 {cutoff}，冻结于 {frozenAt}（UTC），内容校验值（SHA-256）{hash}。此后导入或修订的数据不影响本报告。',
    en: 'Every figure of this report is from the round “{name}”: data cut-off {cutoff}, frozen {frozenAt} (UTC), content SHA-256 {hash}. Data imported or revised since do not change it.',
  },
  'round.annex.heading': { zh: '附录4 评估轮次对比', en: 'Appendix 4 Rounds compared' },
  'round.annex.intro': {
    zh: '本附录对比评估轮次“{then}”（数据截止时点 {thenCutoff}）与“{now}”（数据截止时点 {nowCutoff}）：各指标的现值、完成度和判断，以及两轮之间修订过的 {revised} 个数值（同一指标、地区和年份，数值或来源不同）。',
    en: 'This appendix compares the round “{then}” (cut-off {thenCutoff}) with “{now}” (cut-off {nowCutoff}): each indicator’s latest value, completion and assessment, and the {revised} values revised between them (same indicator, district and year, another value or source).',
  },
  'round.annex.indicators': { zh: '各指标两轮对比', en: 'Indicators in both rounds' },
  'round.annex.revised': { zh: '两轮之间修订的数值', en: 'Values revised between the rounds' },
  'round.annex.source': { zh: '{file}，{sheet}!{cell}', en: '{file}, {sheet}!{cell}' },
  'round.annex.col.indicator': { zh: '指标', en: 'Indicator' },
  'round.annex.col.latest': { zh: '现值（年份）', en: 'latest (year)' },
  'round.annex.col.completion': { zh: '完成度', en: 'completion' },
  'round.annex.col.status': { zh: '判断', en: 'assessment' },
  'round.annex.col.region': { zh: '地区', en: 'District' },
  'round.annex.col.year': { zh: '年份', en: 'Year' },
  'round.annex.col.sources': { zh: '来源（前一轮 / 后一轮）', en: 'Sources (earlier / later)' },

  'round.cli.chooseProject': { zh: '{file} 含有多个项目，请用 --project-id 指定其一：{projects}', en: '{file} holds several projects; name one with --project-id: {projects}' },
  'round.cli.noProject': { zh: '{file} 中没有项目“{id}”；其中的项目：{projects}', en: '{file} has no project “{id}”; it holds: {projects}' },
  'round.cli.noRoundFile': { zh: '找不到评估轮次文件“{spec}”；若它是项目中的轮次编号或名称，请同时给出 --project', en: 'no round file “{spec}”; for the id or name of a round in a project, give --project too' },
  'round.cli.noRound': { zh: '“{spec}”既不是评估轮次文件，也不是 {file} 中的轮次；其中的轮次：{rounds}', en: '“{spec}” is neither a round file nor a round of {file}; its rounds: {rounds}' },
  'round.cli.summary': { zh: '冻结、列出和对比评估轮次', en: 'freeze, list and compare evaluation rounds' },
  'round.cli.help': {
    zh: 'freeze：按数据截止时点冻结一个评估轮次，写出轮次文件（--out，JSON）。输入为项目文件（应用导出的项目副本或 .planeval 备份，--project；含多个项目时用 --project-id），\n或 --plan 与 --data（文件视为截止时点的数据）。--cutoff 默认为当天；截止时点之后导入的数值不进入轮次，其后被修订（初步数 → 核实数）的数值按截止时点时的原值冻结。\nlist：列出项目文件中在应用里冻结的轮次和所给的轮次文件。diff：对比两个轮次（轮次文件，或与 --project 同用时的轮次编号或名称）。\nevaluate 和 report 的 --round 只用轮次中冻结的规划、数值和评估结果。',
    en: 'freeze: freezes an evaluation round at the data cut-off and writes the round file (--out, JSON). Input: a project file (the app\'s project copy or a .planeval backup, --project; --project-id when it holds several),\nor --plan with --data (the files are the data at the cut-off). --cutoff defaults to today; values imported after it are left out, and values revised since (preliminary → verified) are frozen as they were.\nlist: the rounds frozen in the app that a project file holds, and any round files given. diff: compares two rounds (round files, or ids or names of rounds with --project).\nevaluate and report take --round and then use only the round\'s frozen plan, values and evaluation.',
  },
  'round.cli.cutoff': { zh: '数据截止', en: 'cut-off' },
  'round.cli.revised': { zh: '修订的数值', en: 'revised values' },
  'round.cli.none': { zh: '没有评估轮次。', en: 'No rounds.' },
  'round.cli.projectOrData': { zh: '需要 --project，或 --plan 与 --data（二者选一）', en: 'need --project, or --plan with --data (one of the two)' },
  'round.cli.listWhat': { zh: '需要 --project 或轮次文件', en: 'need --project or round files' },
  'round.cli.diffTwo': { zh: 'diff 需要两个轮次', en: 'diff takes two rounds' },
  'round.cli.withRound': { zh: '使用 --round 时数字只来自轮次，不能再给 {options}', en: 'with --round every figure comes from the round; {options} cannot be given' },
  'round.cli.helpRound': {
    zh: '--round 轮次文件或编号（与 --project 同用）：只用该轮次冻结的规划、数值和评估结果。',
    en: '--round FILE or id (with --project): only the round\'s frozen plan, values and evaluation are used.',
  },
  'round.cli.helpCompare': {
    zh: '--compare 较早的轮次（与 --round 同用）：报告附录增加“评估轮次对比”。--type 默认为轮次的类型。',
    en: '--compare an earlier round (with --round): the appendix gains “Rounds compared”. --type defaults to the round\'s kind.',
  },
  'round.cli.compareNeedsRound': { zh: '--compare 须与 --round 同用', en: '--compare needs --round' },
  'round.xlsx.title': { zh: '（评估轮次“{name}”，数据截止时点 {cutoff}）', en: ' (round “{name}”, data cut-off {cutoff})' },
} satisfies MessageTable;
