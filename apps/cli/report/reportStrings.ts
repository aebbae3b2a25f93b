// The report's own words in the three UI languages; category, tier, risk and priority names come
// from core/labels.ts so the report says what the plug-ins say.
import type { UiLanguage } from '../../../core/model.ts';
import type { ClockKind } from '../../../core/slaClocks.ts';

const S = {
  title: { en: 'Complaint report', 'zh-Hans': '投诉报告', 'zh-Hant': '客訴報告' },
  source: { en: 'Source', 'zh-Hans': '数据来源', 'zh-Hant': '資料來源' },
  generated: { en: 'SLA state as of', 'zh-Hans': 'SLA 状态截至', 'zh-Hant': 'SLA 狀態截至' },
  tickets: { en: 'Complaints', 'zh-Hans': '投诉数', 'zh-Hant': '客訴數' },
  unreadable: { en: 'Unreadable records', 'zh-Hans': '无法读取的记录', 'zh-Hant': '無法讀取的紀錄' },
  slaMissed: { en: 'Missed an SLA', 'zh-Hans': '违反 SLA', 'zh-Hant': '違反 SLA' },
  categoryMix: { en: 'Categories', 'zh-Hans': '投诉类别', 'zh-Hant': '客訴類別' },
  tierMix: { en: 'Tiers', 'zh-Hans': '分级', 'zh-Hant': '分級' },
  risks: { en: 'Risks', 'zh-Hans': '风险', 'zh-Hant': '風險' },
  slaTitle: { en: 'SLA misses per tier', 'zh-Hans': '各级 SLA 违约', 'zh-Hant': '各級 SLA 違約' },
  slaNote: {
    en: 'A clock is missed when it breached, or was met after its due time. Due times follow the business calendar of the policy.',
    'zh-Hans': '时钟超时未达成，或达成时已过期限，即计为违约。期限按政策中的工作日历计算。',
    'zh-Hant': '時鐘逾時未達成，或達成時已過期限，即計為違約。期限依政策中的工作日曆計算。',
  },
  tier: { en: 'Tier', 'zh-Hans': '级别', 'zh-Hant': '級別' },
  ticketsWithMiss: { en: 'Complaints with a miss', 'zh-Hans': '有违约的投诉', 'zh-Hant': '有違約的客訴' },
  perDay: { en: 'Complaints per day', 'zh-Hans': '每日投诉量', 'zh-Hant': '每日客訴量' },
  undated: { en: 'without a creation time (not in the chart)', 'zh-Hans': '条无创建时间（未计入图表）', 'zh-Hant': '筆無建立時間（未計入圖表）' },
  daysIn: { en: 'Days in', 'zh-Hans': '日期时区', 'zh-Hant': '日期時區' },
  phrases: { en: 'Top phrases per category', 'zh-Hans': '各类别高频用语', 'zh-Hant': '各類別高頻用語' },
  phrasesNote: {
    en: 'The words of the complaint that decided its main category; each counted once per complaint.',
    'zh-Hans': '决定投诉主要类别的原文用语；每条投诉只计一次。',
    'zh-Hant': '決定客訴主要類別的原文用語；每筆客訴只計一次。',
  },
  approximate: { en: 'approximate counts (lower bounds)', 'zh-Hans': '近似计数（下限）', 'zh-Hant': '近似計數（下限）' },
  phrase: { en: 'Phrase', 'zh-Hans': '用语', 'zh-Hant': '用語' },
  count: { en: 'Complaints', 'zh-Hans': '投诉数', 'zh-Hant': '客訴數' },
  urgent: { en: 'The ten most urgent complaints', 'zh-Hans': '最紧急的十条投诉', 'zh-Hant': '最緊急的十筆客訴' },
  urgentNote: {
    en: 'By tier, then priority, then the nearest open SLA deadline, then age.',
    'zh-Hans': '依次按级别、优先级、最近的未达成 SLA 期限、创建时间排序。',
    'zh-Hant': '依序按級別、優先級、最近的未達成 SLA 期限、建立時間排序。',
  },
  ticket: { en: 'Ticket', 'zh-Hans': '工单', 'zh-Hant': '工單' },
  priority: { en: 'Priority', 'zh-Hans': '优先级', 'zh-Hant': '優先級' },
  helpdesk: { en: 'help desk', 'zh-Hans': '客服系统', 'zh-Hant': '客服系統' },
  complaint: { en: 'Complaint', 'zh-Hans': '投诉内容', 'zh-Hant': '客訴內容' },
  reasons: { en: 'Reasons', 'zh-Hans': '判定理由', 'zh-Hant': '判定理由' },
  due: { en: 'Next due', 'zh-Hans': '最近期限', 'zh-Hant': '最近期限' },
  overdue: { en: 'missed', 'zh-Hans': '已违约', 'zh-Hant': '已違約' },
  errors: { en: 'Records that could not be read', 'zh-Hans': '无法读取的记录', 'zh-Hant': '無法讀取的紀錄' },
  where: { en: 'Where', 'zh-Hans': '位置', 'zh-Hant': '位置' },
  error: { en: 'What is wrong', 'zh-Hans': '问题', 'zh-Hant': '問題' },
  moreErrors: { en: 'more not listed', 'zh-Hans': '条未列出', 'zh-Hant': '筆未列出' },
  none: { en: 'None.', 'zh-Hans': '无。', 'zh-Hant': '無。' },
  naiveTimes: {
    en: 'Freshdesk CSV times carry no time zone; they were read as UTC.',
    'zh-Hans': 'Freshdesk CSV 的时间不带时区，已按 UTC 读取。',
    'zh-Hant': 'Freshdesk CSV 的時間不帶時區，已按 UTC 讀取。',
  },
  noScript: {
    en: 'The charts need JavaScript; the tables below are complete without it.',
    'zh-Hans': '图表需要 JavaScript；下方表格无需 JavaScript 即完整。',
    'zh-Hant': '圖表需要 JavaScript；下方表格無需 JavaScript 即完整。',
  },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type StringId = keyof typeof S;

export const text = (id: StringId, lang: UiLanguage): string => S[id][lang];

export const CLOCK_NAMES: Record<ClockKind, Record<UiLanguage, string>> = {
  first_response: { en: 'First response', 'zh-Hans': '首次响应', 'zh-Hant': '首次回應' },
  solution: { en: 'Solution', 'zh-Hans': '提出方案', 'zh-Hant': '提出方案' },
  next_update: { en: 'Next update', 'zh-Hans': '进度更新', 'zh-Hant': '進度更新' },
  resolution: { en: 'Resolution', 'zh-Hans': '解决', 'zh-Hant': '解決' },
};

export const SOURCE_NAMES = {
  jsonl: 'JSON Lines',
  'zendesk-json': 'Zendesk (JSON export)',
  'zendesk-jsonl': 'Zendesk (JSON data export)',
  'freshdesk-json': 'Freshdesk (JSON)',
  'freshdesk-csv': 'Freshdesk (CSV export)',
} as const;
