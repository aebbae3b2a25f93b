// What the tone guard looks for, per language. English is written lower-case with a straight
// apostrophe and Chinese in Simplified script: phrases are matched on normalise()d text, so one
// entry covers "That’s normal", "THAT'S NORMAL", "這是正常現象" and full-width forms alike.
// Sources: domain/complaint-handling.md §6 (forbidden negations, no arguing or excuses first) and
// the list; a phrase a good reply could contain in another sense is left out.
//
// Importing this module provides these phrases to the guard (toneLint.ts); toneGuard.ts does. They are
// JSON-able data (expressions as their source) so that the Shopify action can carry them as locale data.
import { provideTonePhrases, type PerLanguage, type PhraseGroup, type TonePhrases } from './toneLint.ts';

const PHRASE_GROUPS: PhraseGroup[] = [
  {
    id: 'normal',
    rule: 'forbidden_phrase',
    negatable: true,
    unlessFollowedBy: /^\s*(?:to |that you|for you|的反应|的情绪|的心情|的担心)/.source,
    en: [
      "that's normal", 'that is normal', 'this is normal', "it's normal", 'it is normal', "that's perfectly normal", 'this is perfectly normal',
      "it's perfectly normal", "that's completely normal", "it's completely normal", 'totally normal', "that's just how it is", "that's how it is",
      'it is what it is', "there's nothing wrong with", 'there is nothing wrong with', "it's supposed to be like that", "that's to be expected",
      'no one else has complained', 'nobody else has complained', "you're the only one", 'you are the only one',
    ],
    zh: [
      '这是正常现象', '是正常现象', '属于正常现象', '都是正常现象', '正常现象来的', '这很正常', '这是正常的', '这个是正常的', '这个很正常', '这种情况很正常',
      '这种情况是正常的', '都是正常的', '这属于正常', '这都正常', '本来就是这样',
      '别人都没问题', '没有别人投诉', '只有您一个人反映', '只有你一个人反映', '就你事多', '就您事多',
    ],
    suggestion: {
      en: 'We take your experience seriously; here is what I can do for you right away: …',
      'zh-Hans': '我们非常重视您的体验，现在为您提供两种解决方案：……',
      'zh-Hant': '我們非常重視您的體驗，現在為您提供兩種解決方案：……',
    },
  },
  {
    id: 'misunderstood',
    rule: 'forbidden_phrase',
    negatable: true,
    en: [
      'you misunderstood', 'you must have misunderstood', 'you have misunderstood', "you've misunderstood", 'you misread', 'you must have misread',
      'you are wrong', "you're wrong", 'you are mistaken', "you're mistaken", 'you got it wrong', 'you have it wrong',
    ],
    zh: [
      '您理解错了', '你理解错了', '您理解有误', '你理解有误', '您误会了', '你误会了', '您搞错了', '你搞错了', '您弄错了', '你弄错了', '您看错了', '你看错了',
      '你想多了', '您想多了',
    ],
    suggestion: {
      en: 'I may not have explained this clearly; let me set it out again: …',
      'zh-Hans': '可能是我们没有说明清楚，我再为您详细说明一下：……',
      'zh-Hant': '可能是我們沒有說明清楚，我再為您詳細說明一下：……',
    },
  },
  {
    id: 'calm_down',
    rule: 'forbidden_phrase',
    negatable: false,
    en: [
      'calm down', 'relax', "don't be so upset", "there's no need to be upset", 'no need to get upset', "don't get so upset", "you're overreacting",
      'you are overreacting', 'stop shouting',
    ],
    zh: ['你冷静一点', '您冷静一点', '你冷静点', '您冷静点', '请冷静', '冷静一下', '别激动', '不要激动', '你先冷静', '您先冷静', '至于吗', '有必要吗'],
    suggestion: {
      en: 'I completely understand how frustrating this is.',
      'zh-Hans': '非常理解您现在的心情，给您添麻烦了。',
      'zh-Hant': '非常理解您現在的心情，造成您的困擾了。',
    },
  },
  {
    id: 'as_i_said',
    rule: 'forbidden_phrase',
    negatable: false,
    en: [
      'as i already said', 'as i said before', "as i've already said", 'as i have already said', 'as i already told you', 'as i told you',
      'as i already explained', "as i've already explained", 'as i have already explained', 'like i said', 'i already told you', "i've already told you",
      'i have already told you', 'as previously stated', 'as stated before', 'for the last time', 'how many times',
    ],
    zh: [
      '我已经说过了', '我已经说过', '我刚才说过了', '我刚才已经说了', '跟您说过了', '跟你说过了', '和您说过了', '和你说过了', '说了很多遍', '说过很多次', '说了多少遍',
      '说了多少次', '我再说一遍', '再说最后一遍',
    ],
    suggestion: {
      en: 'To sum up where things stand: …',
      'zh-Hans': '我再为您梳理一下目前的情况：……',
      'zh-Hant': '我再為您整理一下目前的情況：……',
    },
  },
  {
    id: 'not_our_problem',
    rule: 'forbidden_phrase',
    negatable: false,
    en: [
      'not our problem', 'not my problem', 'not our fault', 'not my fault', 'not our responsibility', 'not my responsibility', 'nothing we can do',
      'nothing i can do', "we can't do anything", "i can't do anything", 'we cannot do anything', "that's your problem", 'that is your problem',
      'out of our hands', "that's impossible", 'take it or leave it', 'tough luck',
    ],
    zh: [
      '不是我们的问题', '不是我们的责任', '不关我们的事', '与我们无关', '跟我们没关系', '和我们没关系', '跟我们无关', '不归我们管', '我们管不了', '我们也没办法',
      '我也没办法', '我们没有办法', '没办法处理', '爱买不买', '那是你的事', '那是您的事', '这不可能', '规定就是这样',
    ],
    suggestion: {
      en: 'Let me find out what happened and sort it out for you.',
      'zh-Hans': '我来帮您查清楚原因，并负责处理好。',
      'zh-Hant': '我來幫您查清楚原因，並負責處理好。',
    },
  },
  {
    id: 'do_it_yourself',
    rule: 'forbidden_phrase',
    negatable: true,
    en: [
      'check it yourself', 'check yourself', 'look it up yourself', 'read the description', 'read the product description', 'read the listing',
      'you should have read', 'did you even read', "it's in the description", 'it says so in the description', "it's clearly stated", 'google it',
    ],
    zh: [
      '你自己看', '您自己看', '你自己查', '您自己查', '自己去查', '自己去看', '您自己联系', '你自己联系', '您自行联系', '你自行联系', '请自行联系', '你看清楚', '您看清楚', '自己看详情', '详情页写得很清楚', '页面上写得很清楚',
      '写得很清楚了', '你没看详情', '您没看详情', '自己看一下',
    ],
    suggestion: {
      en: 'I have checked this for you: …',
      'zh-Hans': '我已经帮您查好了：……',
      'zh-Hant': '我已經幫您查好了：……',
    },
  },
  {
    id: 'blame_customer',
    rule: 'blame_shifting',
    negatable: true,
    en: [
      'your fault', 'your own fault', 'your mistake', 'you should have checked', 'you should have contacted', 'you should have chosen',
      'you should have ordered', 'you should have known', 'you failed to', "because you didn't", 'because you did not', "you didn't read",
      'you did not read', "you didn't follow", 'you did not follow', 'you entered the wrong', 'you gave us the wrong', 'you provided the wrong',
      'you used it wrong', 'you used it incorrectly', 'you must have dropped', 'you must have damaged', 'you must have broken', 'you broke it',
      'user error', 'improper use', 'you are responsible for', "you're responsible for", "it's your responsibility",
      'it is your responsibility', 'caused by you',
    ],
    zh: [
      '你自己的问题', '您自己的问题', '你自己的原因', '您自己的原因', '是你的问题', '是您的问题', '是你的责任', '是您的责任', '你没看清楚', '您没看清楚', '你没仔细看',
      '您没仔细看', '怪你', '怪您', '你填错', '您填错', '你写错', '您写错', '你选错', '您选错', '你操作不当', '您操作不当', '操作不当造成', '您使用不当', '你使用不当', '使用不当造成', '使用不当导致', '人为损坏',
      '人为原因', '你自己弄坏', '您自己弄坏', '你自己摔', '您自己摔', '你自己弄丢', '您自己弄丢', '谁让你',
    ],
    suggestion: {
      en: 'Let’s sort this out together; here is what I can do: …',
      'zh-Hans': '我们一起来解决，我这边可以为您：……',
      'zh-Hant': '我們一起來解決，我這邊可以為您：……',
    },
  },
  {
    id: 'blame_courier',
    rule: 'blame_shifting',
    negatable: true,
    en: [
      "the courier's fault", "the carrier's fault", "courier's responsibility", "carrier's responsibility", "courier's problem", "carrier's problem",
      'blame the courier', 'blame the carrier', 'take it up with the courier', 'take it up with the carrier', 'please contact the courier',
      'please contact the carrier', 'contact the courier yourself', 'contact the carrier yourself', 'you need to contact the courier',
      'you need to contact the carrier', "you'll need to contact the courier", "you'll need to contact the carrier", 'you will need to contact the courier',
      'you will need to contact the carrier', 'you have to contact the courier', 'you have to contact the carrier', 'please contact the post office',
      'please contact the delivery company', 'you can contact the courier', 'you can contact the carrier', 'the courier lost it', 'the courier damaged it', 'not responsible for shipping',
      'not responsible for delivery', 'once it leaves our warehouse',
    ],
    zh: [
      '是快递的问题', '属于快递的问题', '快递那边的问题', '是快递的责任', '快递的锅', '是物流的问题', '是物流的责任', '是物流公司的问题', '是快递公司的问题', '快递公司的责任',
      '快递弄丢的', '快递弄坏的', '快递摔坏的',
      '请您联系快递', '请你联系快递', '您联系快递', '你联系快递', '您可以联系快递', '你可以联系快递', '你去找快递', '您去找快递', '你找快递', '您找快递', '自己联系快递',
      '自己去问快递', '你去问快递', '您去问快递', '你跟快递说', '您跟快递说', '是宅配的问题', '是货运的问题', '是物流业者的问题', '请您联系物流', '您联系物流', '你联系物流',
      '您联络物流', '你联络物流', '您联络宅配', '你联络宅配', '您联络货运', '你找物流公司', '您找物流公司', '出了仓库就不归我们管',
    ],
    suggestion: {
      en: 'I have contacted the courier myself and will update you within 24 hours.',
      'zh-Hans': '我们已主动联系快递公司核实，会在24小时内给您答复。',
      'zh-Hant': '我們已主動聯繫物流業者查核，會在24小時內回覆您。',
    },
  },
];

/** Words that undo a following phrase; Chinese ones are looked for in the two characters before. */
const NEGATIONS = { en: ['not', "n't", 'never', 'no'], zh: '不没非未别让使令难' };

/** Each list is matched at the start of a word (English) or anywhere (Chinese). */
const CUES = {
  apology: {
    en: ['sorry', 'apolog', 'regret'],
    zh: ['抱歉', '对不起', '道歉', '歉意', '不好意思', '致歉', '见谅'],
  },
  action: {
    en: [
      'refund', 'reship', 're-ship', 'resend', 're-send', 'send', 'sent', 'ship(?:ped|ping)? (?:a|an|it|the|your|you)\\b', 'replac', 'exchang',
      'arrang', 'issu(?:e|ed|ing) (?:a|an|you|your)\\b', 'credit', 'escalat', 'investigat', 'look into', 'looking into', 'check', 'contact',
      'trace', 'track down', 'process(?:ed|ing)? (?:it|the|your|a)\\b', 'fix', 'repair', 'compensat', 'follow up', 'following up', 'call you',
      'update you', 'get back to you', 'cancel', 'collect', 'reset', 'secur(?:e|ed|ing)\\b', 'take care of', 'sort (?:it|this|that|out)',
      'handl', 'resolv', 'voucher', 'coupon', 'i will', "i'll", 'we will', "we'll", 'i am going to', 'we are going to',
    ],
    zh: [
      '补发', '重新发', '重发', '补寄', '退款', '退还', '退回', '换货', '更换', '换新', '退货', '办理', '处理', '跟进', '核实', '核查', '查核', '安排', '联系', '联络', '赔偿',
      '补偿', '上报', '提交', '调查', '寄出', '发出', '发货', '返还', '维修', '修复', '追踪', '查件', '查询', '升级', '检测', '赠送', '送上', '优惠券', '回电', '答复',
      '解决', '回复您',
    ],
  },
  /** In the sentence of an amount: the amount is given to the customer ("payment of $120" is not). */
  promise: {
    en: [
      'refund', 'reimburs', 'compensat', 'credit(?! ?card)', 'coupon', 'voucher', 'gift ?card', 'discount', 'cash ?back', 'pay(?:ing)? you',
      'pay (?:it )?back', 'giv(?:e|ing) you', 'send(?:ing)? you', 'offer', 'waiv', 'goodwill', 'money back', 'back to you',
      'add(?:ed|ing)?\\b[^.!?\\n]{0,30}\\bto your', 'transfer', 'cover',
    ],
    zh: ['退', '赔', '补偿', '补贴', '补给', '补您', '返还', '返现', '券', '红包', '礼品卡', '礼金', '购物金', '赠', '送您', '送你', '送上', '免单', '减免', '报销', '打款', '转账', '给您', '给你', '现金'],
  },
  /** In the sentence of an amount: the agent asks for it rather than promising it. */
  approval: {
    en: ['approv', 'supervisor', 'manager', 'authoris', 'authoriz', 'escalat', 'sign-off', 'sign off', 'team lead'],
    zh: ['审批', '批准', '核准', '申请', '主管', '上级', '请示', '经理', '领导'],
  },
  /** Promising the whole order back, which is money even without a figure. */
  fullRefund: {
    en: ['full refund', 'refund in full', 'refund you in full', 'refund the full', 'full amount', 'entire amount', '100% refund'],
    zh: ['全额退款', '全额退还', '全款退', '退全款', '全部退款', '全额返还', '全额赔'],
  },
};

/** A time commitment: a moment or a span ("within 2 hours", "by Friday", "今天", "24小时内"). */
const TIME_CUES = {
  en: /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|within (?:the next |an? )?(?:\d|one|two|three|four|five|six|twelve|twenty|hour|day|minute|week|business|working)|immediately|right away|right now|(?:\d+|an?|one|two|three|four|five|six|twelve|twenty-four)\s*-?\s*(?:business |working )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}|end of (?:the )?(?:day|week)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)/.source,
  zh: /(?:\d+|[一二两三四五六七八九十半几]+)\s*个?(?:小时|分钟|天|日|周|工作日)|今天|今日|今晚|明天|明日|后天|本周|下周|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|马上|立即|立刻|现在就|当天|\d{1,2}[:：]\d{2}|\d{1,2}\s*点|\d{1,2}月\d{1,2}[日号]/.source,
};

/** All-caps words that are names, not shouting. */
const ACRONYMS = (
  'OK ID SKU VIP DHL UPS USPS FEDEX EMS SF TNT GLS DPD FAQ USD CNY EUR GBP HKD TWD JPY RMB COD PM AM UTC GMT PDF URL SMS APP QR TV PC USB LED ' +
  'LCD CEO PR EU US UK NT HK CN TW AI API FYI ASAP RMA PS CS'
).split(' ');

const SUGGESTIONS: TonePhrases['suggestions'] = {
  apology: { en: 'I’m sorry for the trouble this has caused.', 'zh-Hans': '给您带来不便，非常抱歉。', 'zh-Hant': '造成您的不便，非常抱歉。' },
  action: { en: 'Here is what I will do for you right away: …', 'zh-Hans': '我这边马上为您安排处理，并跟进到底。', 'zh-Hant': '我這邊馬上為您安排處理，並跟進到底。' },
  time: { en: 'I will get back to you within 24 hours.', 'zh-Hans': '我们会在24小时内给您答复。', 'zh-Hant': '我們會在24小時內回覆您。' },
  approval: {
    en: 'I have asked my supervisor to approve this and will confirm it with you within 4 hours.',
    'zh-Hans': '我已为您申请主管审批，会在4小时内给您确认结果。',
    'zh-Hant': '我已為您向主管申請核准，會在4小時內回覆您結果。',
  },
  seniorApproval: {
    en: 'I have asked our senior team to approve this and will confirm it with you within 4 hours.',
    'zh-Hans': '我已为您申请公司专项小组审批，会在4小时内给您确认结果。',
    'zh-Hant': '我已為您向公司專案小組申請核准，會在4小時內回覆您結果。',
  },
  calmPunctuation: { en: '.', 'zh-Hans': '。', 'zh-Hant': '。' },
};

const LANGUAGE_NAMES: TonePhrases['languageNames'] = {
  en: { en: 'English', 'zh-Hans': '英文', 'zh-Hant': '英文' },
  'zh-Hans': { en: 'Simplified Chinese', 'zh-Hans': '简体中文', 'zh-Hant': '簡體中文' },
  'zh-Hant': { en: 'Traditional Chinese', 'zh-Hans': '繁体中文', 'zh-Hant': '繁體中文' },
};

/** "{language}" is the customer's language, named in the draft's. */
const WRONG_LANGUAGE: PerLanguage = {
  en: 'Write the reply in {language}, the customer’s language.',
  'zh-Hans': '请用{language}回复，与客户的语言一致。',
  'zh-Hant': '請用{language}回覆，與客戶的語言一致。',
};

export const TONE_PHRASES: TonePhrases = {
  groups: PHRASE_GROUPS,
  negations: NEGATIONS,
  cues: CUES,
  timeCues: TIME_CUES,
  acronyms: ACRONYMS,
  suggestions: SUGGESTIONS,
  languageNames: LANGUAGE_NAMES,
  wrongLanguage: WRONG_LANGUAGE,
};

provideTonePhrases(TONE_PHRASES);
