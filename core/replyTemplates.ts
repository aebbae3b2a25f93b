// The built-in words of the reply drafts, as ICU messages per language (provided to the drafts on
// import: replyWording.ts). Every message receives the same values (REPLY_VALUES); a missing fact arrives as an empty string with its `has…` flag "no", so
// each message chooses the variant without it through a select. A shop overrides any reply kind per
// language in its policy (`replies.scenario.en`), with the same values, the parts we compose
// (`{apology}`, `{compensation}`, `{prevention}`…) included.
//
// Scripts follow domain/complaint-handling.md §6: the empathy formula (acknowledge the feeling, own
// the responsibility, commit to an action) and scenario scripts of apology + compensation +
// prevention; English avoids straight apostrophes, which ICU reads as quoting.
import type { CategoryId, ReplyKind, UiLanguage } from './model.ts';
import { provideReplyWording, type ReplyWording } from './replyWording.ts';

type PerLanguage = Record<UiLanguage, string>;

export const REPLY_TEMPLATES: Record<ReplyKind, PerLanguage> = {
  acceptance: {
    en: '{greeting}\n\nThank you for contacting us, and I’m sorry for the trouble{hasOrder, select, yes { with order {order}} other {}}. Your complaint is registered as ticket {ticket}{hasAgent, select, yes {, and I, {agent}, am handling it personally} other {, and our customer care team is handling it}}. You will have our solution {handling}, and I will keep you updated until it is resolved.\n\n{signoff}',
    'zh-Hans': '{greeting}\n\n感谢您的反馈，给您添麻烦了，非常抱歉。{hasOrder, select, yes {关于订单{order}的问题，} other {}}我们已为您登记投诉，工单号为{ticket}，{hasAgent, select, yes {由我（{agent}）全程负责跟进} other {由客服团队专人跟进}}。我们会在{handling}给您处理方案，处理过程中也会随时向您同步进展。\n\n{signoff}',
    'zh-Hant': '{greeting}\n\n感謝您的反映，造成您的困擾，非常抱歉。{hasOrder, select, yes {關於訂單{order}的問題，} other {}}我們已為您登記客訴，案件編號為{ticket}，{hasAgent, select, yes {由我（{agent}）全程負責跟進} other {由客服團隊專人跟進}}。我們會在{handling}提供處理方案，處理期間也會隨時向您回報進度。\n\n{signoff}',
  },
  empathy: {
    en: '{greeting}\n\n{ack} I’m truly sorry. {compensation}\n\n{signoff}',
    'zh-Hans': '{greeting}\n\n{ack}真的非常抱歉。{compensation}\n\n{signoff}',
    'zh-Hant': '{greeting}\n\n{ack}真的非常抱歉。{compensation}\n\n{signoff}',
  },
  scenario: {
    en: '{greeting}\n\n{apology} {compensation} {prevention}\n\n{signoff}',
    'zh-Hans': '{greeting}\n\n{apology}{compensation}{prevention}\n\n{signoff}',
    'zh-Hant': '{greeting}\n\n{apology}{compensation}{prevention}\n\n{signoff}',
  },
  progress_update: {
    en: '{greeting}\n\nHere is an update on ticket {ticket}{hasOrder, select, yes { for order {order}} other {}}: your case is now with {approval, select, crisis_team {our senior team, who are reviewing it with priority} supervisor {my supervisor, who is approving the solution for you} other {the team responsible, who are working on it now}}.{isShipping, select, yes {{hasTracking, select, yes { We are following parcel {tracking}{hasCarrier, select, yes { with {carrier}} other {}} closely.} other {}}} other {}} I’m sorry this is taking time. I will send you the next update {update}.\n\n{signoff}',
    'zh-Hans': '{greeting}\n\n向您同步一下工单{ticket}{hasOrder, select, yes {（订单{order}）} other {}}的最新进展：{approval, select, crisis_team {公司专项小组正在优先处理您的问题} supervisor {处理方案已提交主管审批} other {负责的同事正在全力处理}}。{isShipping, select, yes {{hasTracking, select, yes {我们正在密切跟踪{hasCarrier, select, yes {{carrier}} other {}}运单{tracking}。} other {}}} other {}}让您久等了，非常抱歉。我们会在{update}再次向您更新进展。\n\n{signoff}',
    'zh-Hant': '{greeting}\n\n向您回報案件{ticket}{hasOrder, select, yes {（訂單{order}）} other {}}的最新進度：{approval, select, crisis_team {公司專案小組正在優先處理您的問題} supervisor {處理方案已提交主管核准} other {負責的同仁正在全力處理}}。{isShipping, select, yes {{hasTracking, select, yes {我們正在密切追蹤{hasCarrier, select, yes {{carrier}} other {}}貨件{tracking}。} other {}}} other {}}讓您久等了，非常抱歉。我們會在{update}再次向您更新進度。\n\n{signoff}',
  },
  follow_up: {
    en: '{greeting}\n\nI wanted to check that everything is now in order with {hasOrder, select, yes {order {order}} other {your order}}, and to thank you for your patience. I’m sorry again for the trouble. {prevention} As a thank-you for staying with us, your next order will ship with priority, and we would love you to try our new products first. If anything is still not right, just reply to this message and I will get back to you {day}.\n\n{signoff}',
    'zh-Hans': '{greeting}\n\n想跟您确认一下，{hasOrder, select, yes {订单{order}} other {您的订单}}的问题现在都解决好了吗？再次为之前给您带来的不便致歉，也感谢您的耐心。{prevention}为感谢您的支持，您的下一笔订单我们将优先发货，新品上市时也诚邀您优先试用。如果还有任何不满意的地方，直接回复这条消息，我会在{day}给您答复。\n\n{signoff}',
    'zh-Hant': '{greeting}\n\n想跟您確認一下，{hasOrder, select, yes {訂單{order}} other {您的訂單}}的問題現在都處理好了嗎？再次為先前造成的不便致歉，也謝謝您的耐心。{prevention}為感謝您的支持，您的下一筆訂單我們將優先出貨，新品上市時也誠摯邀請您搶先試用。如果還有任何不滿意的地方，直接回覆這則訊息，我會在{day}回覆您。\n\n{signoff}',
  },
  // Public: no order, name or item, nothing admitted that has not been checked, and a time.
  holding_statement: {
    en: 'We are aware of a customer’s report about {category, select, safety_health {a possible safety issue with one of our products} counterfeit {the authenticity of one of our products} quality_defect {the quality of one of our products} other {an order with our store}}. We take it very seriously, and we are sorry for the concern it has caused. Our team is looking into it with priority{isSafety, select, yes {; as a precaution, please stop using the product concerned until we have confirmed the facts} other {}}. We will not speculate before the facts are checked, and we will share our next update {update}.',
    'zh-Hans': '关于近期一位顾客反映的{category, select, safety_health {商品安全问题} counterfeit {商品真伪问题} quality_defect {商品质量问题} other {订单问题}}，我们高度重视，对由此带来的困扰深表歉意。我们已成立专项小组优先核查{isSafety, select, yes {；为安全起见，请暂停使用相关商品，等待核查结果} other {}}。在事实核实之前，我们不做任何猜测，并将在{update}公布下一步进展。',
    'zh-Hant': '關於近期一位顧客反映的{category, select, safety_health {商品安全問題} counterfeit {商品真偽問題} quality_defect {商品品質問題} other {訂單問題}}，我們高度重視，對此造成的困擾深表歉意。我們已成立專案小組優先查核{isSafety, select, yes {；為安全起見，請暫停使用相關商品，等候查核結果} other {}}。在事實確認之前，我們不做任何臆測，並將在{update}公布下一步進度。',
  },
  // Internal, for supervisor / legal / PR: the facts, the customer's words, who must act and by when.
  escalation_note: {
    en: 'Escalation ({tierName}): {hasRisks, select, yes {{risks}} other {{categoryName}}}.\nTicket {ticket}{hasOrder, select, yes {, order {order}} other {}}{hasTotal, select, yes {, order value {total}} other {}}. Category: {categoryName}.\n{hasQuotes, select, yes {Customer’s words: {quotes}\n} other {}}Involve: {teams}.\nPublic statement and reply due {handling}; next update {update}.\n{hasApprovals, select, yes {Awaiting approval: {approvals}.} other {No compensation promised yet.}}',
    'zh-Hans': '升级说明（{tierName}）：{hasRisks, select, yes {{risks}} other {{categoryName}}}。\n工单{ticket}{hasOrder, select, yes {，订单{order}} other {}}{hasTotal, select, yes {，订单金额{total}} other {}}。类别：{categoryName}。\n{hasQuotes, select, yes {客户原话：{quotes}\n} other {}}需介入：{teams}。\n公开声明及回复期限：{handling}；下次更新：{update}。\n{hasApprovals, select, yes {待审批：{approvals}。} other {尚未承诺任何补偿。}}',
    'zh-Hant': '升級說明（{tierName}）：{hasRisks, select, yes {{risks}} other {{categoryName}}}。\n案件{ticket}{hasOrder, select, yes {，訂單{order}} other {}}{hasTotal, select, yes {，訂單金額{total}} other {}}。類別：{categoryName}。\n{hasQuotes, select, yes {客戶原話：{quotes}\n} other {}}需介入：{teams}。\n公開聲明及回覆期限：{handling}；下次更新：{update}。\n{hasApprovals, select, yes {待核准：{approvals}。} other {尚未承諾任何補償。}}',
  },
};

export const REPLY_TITLES: Record<ReplyKind, PerLanguage> = {
  acceptance: { en: 'Acceptance notice', 'zh-Hans': '受理通知', 'zh-Hant': '受理通知' },
  empathy: { en: 'Empathy reply', 'zh-Hans': '共情回复', 'zh-Hant': '同理回覆' },
  scenario: { en: 'Scenario script: {categoryName}', 'zh-Hans': '场景话术：{categoryName}', 'zh-Hant': '情境話術：{categoryName}' },
  progress_update: { en: 'Progress update', 'zh-Hans': '进度更新', 'zh-Hant': '進度更新' },
  follow_up: { en: 'Follow-up and trust rebuilding', 'zh-Hans': '回访与信任重建', 'zh-Hant': '回訪與信任重建' },
  holding_statement: { en: 'Public holding statement', 'zh-Hans': '公开声明（初步）', 'zh-Hant': '公開聲明（初步）' },
  escalation_note: { en: 'Internal escalation note', 'zh-Hans': '内部升级说明', 'zh-Hant': '內部升級說明' },
};

/** The smaller messages the parts are made of; each gets the reply values plus its own. */
export const PART_TEMPLATES: ReplyWording['parts'] = {
  greeting: {
    en: '{hasCustomer, select, yes {Hi {customer},} other {Hello,}}',
    'zh-Hans': '{hasCustomer, select, yes {{customer}，您好！} other {您好！}}',
    'zh-Hant': '{hasCustomer, select, yes {{customer}您好：} other {您好：}}',
  },
  signoff: {
    en: 'Kind regards,\n{hasAgent, select, yes {{agent}\nCustomer Care} other {Customer Care}}',
    'zh-Hans': '{hasAgent, select, yes {客服 {agent}} other {客服团队}}',
    'zh-Hant': '{hasAgent, select, yes {客服 {agent} 敬上} other {客服團隊 敬上}}',
  },
  // {kind}: "at" (a moment in the customer's zone) or "in" ({n} {unit}s from now).
  time: {
    en: '{kind, select, at {by {at}} other {within {unit, select, minute {{n, plural, one {# minute} other {# minutes}}} hour {{n, plural, one {# hour} other {# hours}}} other {{n, plural, one {# day} other {# days}}}}}}',
    'zh-Hans': '{kind, select, at {{at}前} other {{n}{unit, select, minute {分钟} hour {小时} other {天}}内}}',
    'zh-Hant': '{kind, select, at {{at}前} other {{n}{unit, select, minute {分鐘} hour {小時} other {天}}內}}',
  },
  items: {
    en: '{first}{more, plural, =0 {} one { and 1 other item} other { and # other items}}',
    'zh-Hans': '{first}{more, plural, =0 {} other {等#件商品}}',
    'zh-Hant': '{first}{more, plural, =0 {} other {等#件商品}}',
  },
  // {kind}: the remedy offered; {hasAmount}/{amount}: its size when known.
  offer: {
    en: '{kind, select, reship {I am sending {hasItems, select, yes {{items}} other {your order}} again at no cost to you} replace {I am sending you a replacement{hasItems, select, yes { for {items}} other {}} free of charge, and we will collect the faulty one at our cost} full_refund {I am refunding {hasAmount, select, yes {{amount}} other {your order}} in full to your original payment method} partial_refund {I am refunding {hasAmount, select, yes {{amount}} other {part of the price}} to you, and you can keep the item} shipping_refund {I am refunding your shipping fee} coupon {I have added a no-threshold coupon{hasAmount, select, yes { worth {amount}} other {}} to your account} store_credit {I have added a gift card{hasAmount, select, yes { worth {amount}} other {}} to your account} extended_warranty {I have extended the warranty on {hasItems, select, yes {{items}} other {your item}}} priority_shipping {your next order will ship with priority} other {I will personally follow your case until it is fully resolved}}',
    'zh-Hans': '{kind, select, reship {现在马上为您免费补发{hasItems, select, yes {{items}} other {商品}}} replace {为您免费更换{hasItems, select, yes {{items}} other {新品}}，原商品由我们承担运费取回} full_refund {为您办理全额退款{hasAmount, select, yes {{amount}} other {}}，原路退回} partial_refund {为您退款{hasAmount, select, yes {{amount}} other {部分货款}}，商品无需退回} shipping_refund {为您退还运费} coupon {为您送上一张{hasAmount, select, yes {{amount}} other {}}无门槛优惠券} store_credit {为您送上{hasAmount, select, yes {{amount}} other {一张}}礼品卡} extended_warranty {为{hasItems, select, yes {{items}} other {您的商品}}延长质保期} priority_shipping {您的下一笔订单将优先发货} other {由我作为您的专属客服全程跟进，直到问题彻底解决}}',
    'zh-Hant': '{kind, select, reship {現在馬上為您免費補寄{hasItems, select, yes {{items}} other {商品}}} replace {為您免費更換{hasItems, select, yes {{items}} other {新品}}，原商品由我們負擔運費取回} full_refund {為您辦理全額退款{hasAmount, select, yes {{amount}} other {}}，原路退回} partial_refund {為您退款{hasAmount, select, yes {{amount}} other {部分貨款}}，商品不需退回} shipping_refund {為您退還運費} coupon {為您送上一張{hasAmount, select, yes {{amount}} other {}}無門檻折價券} store_credit {為您送上{hasAmount, select, yes {{amount}} other {}}購物金} extended_warranty {為{hasItems, select, yes {{items}} other {您的商品}}延長保固} priority_shipping {您的下一筆訂單將優先出貨} other {由我擔任您的專屬客服全程跟進，直到問題徹底解決}}',
  },
  offerNoun: {
    en: '{kind, select, reship {a free re-shipment} replace {a free replacement} full_refund {a full refund} partial_refund {a partial refund} shipping_refund {a refund of your shipping fee} coupon {a coupon} store_credit {a gift card} extended_warranty {an extended warranty} priority_shipping {priority shipping on your next order} other {a goodwill gesture}}',
    'zh-Hans': '{kind, select, reship {免费补发} replace {免费换新} full_refund {全额退款} partial_refund {部分退款} shipping_refund {退还运费} coupon {优惠券补偿} store_credit {礼品卡补偿} extended_warranty {延长质保} priority_shipping {下一单优先发货} other {专属补偿}}',
    'zh-Hant': '{kind, select, reship {免費補寄} replace {免費換新} full_refund {全額退款} partial_refund {部分退款} shipping_refund {退還運費} coupon {折價券補償} store_credit {購物金補償} extended_warranty {延長保固} priority_shipping {下一筆訂單優先出貨} other {專屬補償}}',
  },
  // {offer}/{offerNoun}: the first remedy; {extra}: a second one the agent may add on their own.
  compensation: {
    en: '{approval, select, none {{offer}. I will confirm the details with you {update}.} other {I have asked {approval, select, crisis_team {our senior team} other {my supervisor}} to approve {offerNoun} for you, and I will confirm it with you {update}.}}{hasExtra, select, yes { As an apology, {extra}.} other {}}',
    'zh-Hans': '{approval, select, none {{offer}，具体安排会在{update}跟您确认。} other {我已为您申请{approval, select, crisis_team {公司专项小组} other {主管}}审批{offerNoun}，会在{update}给您确认结果。}}{hasExtra, select, yes {另外，{extra}，聊表歉意。} other {}}',
    'zh-Hant': '{approval, select, none {{offer}，詳細安排會在{update}與您確認。} other {我已為您向{approval, select, crisis_team {公司專案小組} other {主管}}申請核准{offerNoun}，會在{update}回覆您結果。}}{hasExtra, select, yes {另外，{extra}，聊表歉意。} other {}}',
  },
};

/** Opening and closing quotation marks for strings we quote (customers' and shops' words). */
export const QUOTES: Record<UiLanguage, [string, string]> = { en: ['“', '”'], 'zh-Hans': ['“', '”'], 'zh-Hant': ['「', '」'] };

export const TEAM_NAMES: Record<'supervisor' | 'legal' | 'pr', PerLanguage> = {
  supervisor: { en: 'supervisor', 'zh-Hans': '主管', 'zh-Hant': '主管' },
  legal: { en: 'legal', 'zh-Hans': '法务', 'zh-Hant': '法務' },
  pr: { en: 'PR', 'zh-Hans': '公关', 'zh-Hant': '公關' },
};

// ── Per category: [acknowledge + own (empathy reply), apology, prevention] ──────────────────────
// A lost parcel is not answered like a counterfeit claim or an allergy.
const en = {
  order: '{hasOrder, select, yes {order {order}} other {your order}}',
  items: '{hasItems, select, yes {{items}} other {your item}}',
  carrier: '{hasCarrier, select, yes {{carrier}} other {the courier}}',
  tracking: '{hasTracking, select, yes { (tracking number {tracking})} other {}}',
};
const hans = {
  order: '{hasOrder, select, yes {订单{order}} other {您的订单}}',
  items: '{hasItems, select, yes {{items}} other {商品}}',
  carrier: '{hasCarrier, select, yes {{carrier}} other {快递公司}}',
  tracking: '{hasTracking, select, yes {（运单号{tracking}）} other {}}',
};
const hant = {
  order: '{hasOrder, select, yes {訂單{order}} other {您的訂單}}',
  items: '{hasItems, select, yes {{items}} other {商品}}',
  carrier: '{hasCarrier, select, yes {{carrier}} other {物流業者}}',
  tracking: '{hasTracking, select, yes {（追蹤碼{tracking}）} other {}}',
};

type Script = [ack: string, apology: string, prevention: string];

export const CATEGORY_SCRIPTS: Record<CategoryId, Record<UiLanguage, Script>> = {
  logistics_delay: {
    en: [
      `I understand how frustrating it is to keep waiting for ${en.order}{deliveryKind, select, estimated {, which was due on {delivery}} other {}}. Delivering on time is our promise to you, and this time we have not kept it.`,
      `I’m sorry that ${en.order} is running late.`,
      `I have asked ${en.carrier} to give your parcel${en.tracking} priority, and we are reviewing our delivery estimates so that they are realistic.`,
    ],
    'zh-Hans': [
      `${hans.order}迟迟没有送到{deliveryKind, select, estimated {（原定{delivery}送达）} other {}}，让您一直等待，换作是谁都会着急。按时送达是我们对您的承诺，这次我们没有做到。`,
      `非常抱歉，${hans.order}的配送延误了。`,
      `我们已联系${hans.carrier}加急处理您的包裹${hans.tracking}，同时会重新核对配送时效，避免再给您错误的预期。`,
    ],
    'zh-Hant': [
      `${hant.order}遲遲沒有送達{deliveryKind, select, estimated {（原定{delivery}送達）} other {}}，讓您一直等待，換作是誰都會著急。準時送達是我們對您的承諾，這次我們沒有做到。`,
      `非常抱歉，${hant.order}的配送延誤了。`,
      `我們已聯繫${hant.carrier}優先處理您的包裹${hant.tracking}，同時會重新檢視配送時效，避免再給您錯誤的預期。`,
    ],
  },
  lost_parcel: {
    en: [
      'Not receiving a parcel you paid for is upsetting{deliveryKind, select, delivered {, all the more when it shows as delivered on {delivery}} other {}}. Getting it safely to you is our responsibility, not yours.',
      `I’m very sorry that the parcel for ${en.order} has not reached you.`,
      `We have opened a trace with ${en.carrier}${en.tracking}, and we will ask for a photo or signature on delivery for your future orders.`,
    ],
    'zh-Hans': [
      '付了款却迟迟收不到包裹{deliveryKind, select, delivered {，物流还显示{delivery}已签收} other {}}，您一定很着急。把商品安全送到您手上是我们的责任。',
      `非常抱歉，${hans.order}的包裹没能送到您手上。`,
      `我们已向${hans.carrier}发起查件${hans.tracking}，今后您的订单将要求签收拍照确认。`,
    ],
    'zh-Hant': [
      '付了款卻遲遲收不到包裹{deliveryKind, select, delivered {，物流還顯示{delivery}已簽收} other {}}，您一定很著急。把商品安全送到您手上是我們的責任。',
      `非常抱歉，${hant.order}的包裹沒能送到您手上。`,
      `我們已向${hant.carrier}申請查件${hant.tracking}，之後您的訂單將要求簽收拍照確認。`,
    ],
  },
  damaged_in_transit: {
    en: [
      `Receiving ${en.items} damaged is really disappointing. Our packing should have protected it, and this time it did not.`,
      `I’m sorry that ${en.items} arrived damaged.`,
      'We have passed this on to our warehouse, and the packaging for this item is being upgraded to air-column protection.',
    ],
    'zh-Hans': [
      `您收到的${hans.items}出现破损，是我们的包装环节出了问题。`,
      `非常抱歉，${hans.items}在运输途中受损了。`,
      '我们已把问题反馈给仓库，这款商品的包装将升级为气泡柱+防摔箱。',
    ],
    'zh-Hant': [
      `您收到的${hant.items}出現破損，是我們的包裝環節出了問題。`,
      `非常抱歉，${hant.items}在運送途中受損了。`,
      '我們已將問題回報倉庫，這款商品的包裝將升級為氣泡柱加防摔箱。',
    ],
  },
  wrong_or_missing_item: {
    en: [
      'Opening your parcel and not finding what you ordered is annoying, and it was a mistake in our warehouse.',
      `I’m sorry that ${en.order} did not arrive as you ordered it.`,
      'Our warehouse is rechecking how this item is picked, and we are adding a second check before parcels are sealed.',
    ],
    'zh-Hans': [
      '打开包裹却发现商品错发或漏发，确实让人失望，这是我们仓库的失误。',
      `非常抱歉，${hans.order}没有按您下单的商品发出。`,
      '仓库正在重新核对这款商品的拣货流程，并在封箱前增加一道复核。',
    ],
    'zh-Hant': [
      '打開包裹卻發現商品寄錯或漏寄，確實令人失望，這是我們倉庫的疏失。',
      `非常抱歉，${hant.order}沒有依照您訂購的商品寄出。`,
      '倉庫正在重新檢查這款商品的揀貨流程，並在封箱前增加一道覆核。',
    ],
  },
  quality_defect: {
    en: [
      `It is disappointing when ${en.items} does not work as it should. You trusted us with your purchase, and we let you down.`,
      `I’m sorry that ${en.items} has a fault.`,
      'We have reported the fault to our quality team so that the batch is checked, and we will tell you what they find.',
    ],
    'zh-Hans': [
      `${hans.items}用起来出现问题，辜负了您的信任，我们非常理解您的心情。`,
      `非常抱歉，${hans.items}出现了质量问题。`,
      '我们已将问题提交质检部门，对同批次商品进行抽检，结果会同步给您。',
    ],
    'zh-Hant': [
      `${hant.items}使用上出現問題，辜負了您的信任，我們非常能理解您的心情。`,
      `非常抱歉，${hant.items}出現了品質問題。`,
      '我們已將問題提交品管部門，針對同批次商品進行抽檢，結果會同步告知您。',
    ],
  },
  not_as_described: {
    en: [
      'I understand that what you received is not what our product page led you to expect. Describing our products accurately is our job.',
      `I’m sorry that ${en.items} is not as described.`,
      'We are correcting the product page so that it matches the item exactly.',
    ],
    'zh-Hans': [
      '收到的商品和页面描述不一致，换作是谁都会失望，如实描述商品是我们的责任。',
      `非常抱歉，${hans.items}与页面描述不符。`,
      '我们正在修改商品详情页，确保描述与实物一致。',
    ],
    'zh-Hant': [
      '收到的商品和頁面描述不一致，換作是誰都會失望，如實描述商品是我們的責任。',
      `非常抱歉，${hant.items}與頁面描述不符。`,
      '我們正在修正商品頁面，確保描述與實物一致。',
    ],
  },
  // Nothing is admitted before the item is checked: the apology is for the doubt, not for a fake.
  counterfeit: {
    en: [
      `I understand your concern about whether ${en.items} is genuine. You should be able to trust everything we sell, and we take this very seriously.`,
      'I’m sorry that the item you received has given you reason to doubt it.',
      'We are checking it against our supplier’s authorisation and inspection records, and we will share the result with you.',
    ],
    'zh-Hans': [
      `您对${hans.items}的真伪有疑虑，我们非常重视。我们卖出的每一件商品都应该让您放心。`,
      '非常抱歉让您对收到的商品产生了疑虑。',
      '我们正在调取供应商授权和质检报告进行核对，核查结果会同步给您。',
    ],
    'zh-Hant': [
      `您對${hant.items}的真偽有疑慮，我們非常重視。我們賣出的每一件商品都應該讓您安心。`,
      '非常抱歉讓您對收到的商品產生了疑慮。',
      '我們正在調閱供應商授權與檢驗報告進行核對，查核結果會同步告知您。',
    ],
  },
  refund_return: {
    en: [
      'Waiting for a refund or return to go through is frustrating, and handling it promptly is our responsibility.',
      `I’m sorry that your refund for ${en.order} is taking so long.`,
      'We are reviewing our return checks so that refunds go through faster.',
    ],
    'zh-Hans': [
      '退款迟迟没有办好，让您反复等待，我们非常理解您的心情，及时办理是我们的责任。',
      `非常抱歉，${hans.order}的退款处理慢了。`,
      '我们正在排查退货审核环节，缩短退款时效。',
    ],
    'zh-Hant': [
      '退款遲遲沒有完成，讓您反覆等待，我們非常能理解您的心情，及時辦理是我們的責任。',
      `非常抱歉，${hant.order}的退款處理得太慢了。`,
      '我們正在檢討退貨審核流程，縮短退款時間。',
    ],
  },
  after_sales_delay: {
    en: [
      'I understand how tiring it is to keep chasing us for an answer. We should have kept you informed, and we did not.',
      'I’m sorry that your after-sales request has been waiting so long.',
      'Your case now has one owner from start to finish, and we are reviewing our after-sales handling times.',
    ],
    'zh-Hans': [
      '售后问题一直没有结果，还要您反复来找我们，我们应该及时给您答复，却没有做到。',
      '非常抱歉，您的售后申请等待了这么久。',
      '您的问题现在由专人负责到底，我们也在检讨售后处理时效。',
    ],
    'zh-Hant': [
      '售後問題一直沒有結果，還要您反覆來找我們，我們應該及時回覆您，卻沒有做到。',
      '非常抱歉，您的售後申請等了這麼久。',
      '您的案件現在由專人負責到底，我們也在檢討售後處理時效。',
    ],
  },
  service_attitude: {
    en: [
      'You deserved to be treated with respect, and you were not. How our team speaks to you is our responsibility.',
      'I sincerely apologise for how our team treated you.',
      'I have shared your feedback with the team leader, and it will be part of our service training.',
    ],
    'zh-Hans': [
      '您没有得到应有的尊重，这是我们的问题，客服怎样与您沟通是我们的责任。',
      '对于我们同事的服务态度，向您诚恳道歉。',
      '我已将您的反馈提交给客服主管，并纳入团队的服务培训。',
    ],
    'zh-Hant': [
      '您沒有得到應有的尊重，這是我們的問題，客服如何與您溝通是我們的責任。',
      '對於同仁的服務態度，向您誠摯道歉。',
      '我已將您的意見轉給客服主管，並納入團隊的服務訓練。',
    ],
  },
  safety_health: {
    en: [
      'Your health and safety come first, and I understand how worrying this is. We take full responsibility for getting to the bottom of it.',
      `I’m very sorry about what happened, and I hope you are feeling alright. Please stop using ${en.items} for now.`,
      'Our quality team is testing the same batch, and we will share the result with you.',
    ],
    'zh-Hans': [
      '您的健康和安全是第一位的，我们非常理解您的担心，一定负责查清楚。',
      `非常抱歉发生这样的事情，希望您一切安好。请先暂停使用${hans.items}。`,
      '质检部门正在检测同批次商品，结果会同步给您。',
    ],
    'zh-Hant': [
      '您的健康與安全是第一位的，我們非常理解您的擔心，一定負責查清楚。',
      `非常抱歉發生這樣的事情，希望您一切安好。請先暫停使用${hant.items}。`,
      '品管部門正在檢驗同批次商品，結果會同步告知您。',
    ],
  },
  billing_payment: {
    en: [
      'An unexpected charge is worrying, and getting your payment right is our responsibility.',
      `I’m sorry for the problem with your payment for ${en.order}.`,
      'We are checking the payment records with our payment provider so that this does not happen again.',
    ],
    'zh-Hans': [
      '出现意外扣款，任何人都会担心，确保您的付款准确是我们的责任。',
      `非常抱歉，${hans.order}的付款出现了问题。`,
      '我们正在和支付机构核对扣款记录，避免再次发生。',
    ],
    'zh-Hant': [
      '出現意外扣款，任何人都會擔心，確保您的付款正確是我們的責任。',
      `非常抱歉，${hant.order}的付款出現了問題。`,
      '我們正在與金流業者核對扣款紀錄，避免再次發生。',
    ],
  },
  account_security: {
    en: [
      'I understand how alarming it is to think someone else may be using your account. Keeping it safe is our responsibility.',
      'I’m sorry for the worry this has caused you.',
      'We have secured your account; please reset your password and turn on two-step verification, and we will go through the recent activity with you.',
    ],
    'zh-Hans': [
      '担心账户被他人使用，确实让人不安，保护您的账户安全是我们的责任。',
      '非常抱歉让您担心了。',
      '我们已对您的账户采取保护措施，请您修改密码并开启两步验证，我们会和您一起核对近期的账户记录。',
    ],
    'zh-Hant': [
      '擔心帳戶被他人使用，確實令人不安，保護您的帳戶安全是我們的責任。',
      '非常抱歉讓您擔心了。',
      '我們已對您的帳戶採取保護措施，請您變更密碼並開啟兩步驟驗證，我們會和您一起核對近期的帳戶紀錄。',
    ],
  },
  other: {
    en: [
      'I understand this has been frustrating, and putting it right is our job.',
      `I’m sorry for the trouble you have had with ${en.order}.`,
      'We have recorded your feedback and will use it to improve our service.',
    ],
    'zh-Hans': [
      '这次的经历让您不满意，我们非常理解，把问题解决好是我们的责任。',
      `非常抱歉，${hans.order}给您带来了不好的体验。`,
      '您的反馈我们已经记录，会用来改进我们的服务。',
    ],
    'zh-Hant': [
      '這次的經驗讓您不滿意，我們非常能理解，把問題處理好是我們的責任。',
      `非常抱歉，${hant.order}帶給您不好的體驗。`,
      '您的意見我們已經記錄下來，會用來改善我們的服務。',
    ],
  },
};

/** The built-in wording, provided to every draft written after this module is imported. */
export const BUILT_IN_WORDING: ReplyWording = {
  replies: REPLY_TEMPLATES,
  titles: REPLY_TITLES,
  parts: PART_TEMPLATES,
  quotes: QUOTES,
  teams: TEAM_NAMES,
  scripts: CATEGORY_SCRIPTS,
};
provideReplyWording(BUILT_IN_WORDING);
