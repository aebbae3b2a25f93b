// Names of everything the agent reads, in the three UI languages. Kept in the core because reasons
// are written here and every app shows the same words.
import type { CategoryId, Emotion, Priority, RiskId, Tier, UiLanguage } from './model.ts';

type Names<K extends string> = Record<K, Record<UiLanguage, string>>;

export const CATEGORY_NAMES: Names<CategoryId> = {
  logistics_delay: { en: 'Late delivery', 'zh-Hans': '物流延误', 'zh-Hant': '物流延誤' },
  lost_parcel: { en: 'Lost parcel', 'zh-Hans': '包裹丢失', 'zh-Hant': '包裹遺失' },
  damaged_in_transit: { en: 'Damaged in transit', 'zh-Hans': '运输破损', 'zh-Hant': '運送破損' },
  wrong_or_missing_item: { en: 'Wrong or missing item', 'zh-Hans': '错发漏发', 'zh-Hant': '寄錯漏寄' },
  quality_defect: { en: 'Quality defect', 'zh-Hans': '质量问题', 'zh-Hant': '品質問題' },
  not_as_described: { en: 'Not as described', 'zh-Hans': '与描述不符', 'zh-Hant': '與描述不符' },
  counterfeit: { en: 'Counterfeit', 'zh-Hans': '假冒商品', 'zh-Hant': '仿冒商品' },
  refund_return: { en: 'Refund or return', 'zh-Hans': '退款退货', 'zh-Hant': '退款退貨' },
  after_sales_delay: { en: 'After-sales delay', 'zh-Hans': '售后拖延', 'zh-Hant': '售後拖延' },
  service_attitude: { en: 'Service attitude', 'zh-Hans': '服务态度', 'zh-Hant': '服務態度' },
  safety_health: { en: 'Safety or health', 'zh-Hans': '安全健康', 'zh-Hant': '安全健康' },
  billing_payment: { en: 'Billing or payment', 'zh-Hans': '支付扣费', 'zh-Hant': '付款扣款' },
  account_security: { en: 'Account security', 'zh-Hans': '账户安全', 'zh-Hant': '帳戶安全' },
  other: { en: 'Other', 'zh-Hans': '其他', 'zh-Hant': '其他' },
};

export const RISK_NAMES: Names<RiskId> = {
  legal_threat: { en: 'Legal threat', 'zh-Hans': '法律/监管投诉', 'zh-Hant': '法律/監管申訴' },
  media_exposure: { en: 'Media exposure', 'zh-Hans': '媒体曝光', 'zh-Hant': '媒體曝光' },
  mass_complaint: { en: 'Mass complaint', 'zh-Hans': '群体投诉', 'zh-Hant': '集體客訴' },
  safety_hazard: { en: 'Safety hazard', 'zh-Hans': '人身安全', 'zh-Hant': '人身安全' },
  counterfeit_claim: { en: 'Counterfeit claim', 'zh-Hans': '指称假货', 'zh-Hant': '指稱假貨' },
  churn_threat: { en: 'Churn threat', 'zh-Hans': '流失风险', 'zh-Hant': '流失風險' },
  repeat_contact: { en: 'Repeat contact', 'zh-Hans': '重复投诉', 'zh-Hant': '重複客訴' },
};

export const TIER_NAMES: Names<Tier> = {
  routine: { en: 'Routine', 'zh-Hans': '常规', 'zh-Hant': '一般' },
  severe: { en: 'Severe', 'zh-Hans': '严重', 'zh-Hant': '嚴重' },
  crisis: { en: 'Crisis', 'zh-Hans': '危机', 'zh-Hant': '危機' },
};

export const PRIORITY_NAMES: Names<Priority> = {
  low: { en: 'Low', 'zh-Hans': '一般', 'zh-Hant': '低' },
  normal: { en: 'Normal', 'zh-Hans': '普通', 'zh-Hant': '普通' },
  high: { en: 'High', 'zh-Hans': '紧急', 'zh-Hant': '緊急' },
  urgent: { en: 'Urgent', 'zh-Hans': '特急', 'zh-Hant': '特急' },
};

export const EMOTION_NAMES: Record<Emotion, Record<UiLanguage, string>> = {
  0: { en: 'calm', 'zh-Hans': '平静', 'zh-Hant': '平靜' },
  1: { en: 'unhappy', 'zh-Hans': '不满', 'zh-Hant': '不滿' },
  2: { en: 'angry', 'zh-Hans': '愤怒', 'zh-Hant': '憤怒' },
  3: { en: 'furious', 'zh-Hans': '暴怒', 'zh-Hant': '暴怒' },
};

/**
 * Joins names the way each language lists them. The English is Intl.ListFormat('en')'s conjunction
 * ("A", "A and B", "A, B, and C") written out: a triage lists a dozen times, and Intl took a
 * microsecond a call. labels.test.ts holds the two equal.
 */
export function listOf(items: string[], lang: UiLanguage): string {
  // Lists of one or two, most of them, are written without join, which costs more than the list.
  const n = items.length;
  if (n === 0) return '';
  if (n === 1) return items[0]!;
  if (lang !== 'en') return n === 2 ? `${items[0]}、${items[1]}` : items.join('、');
  if (n === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[n - 1]}`;
}
