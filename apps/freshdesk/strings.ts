// The Freshdesk sidebar's own words, beyond the shared ones (apps/shared/strings.ts): Freshdesk's due
// times, Apply filling the properties form (the agent saves it with Update), the tone check on demand and
// the Send dialog (showConfirm keeps 30 / 100 / 11 characters), and Freshdesk's name where the shared
// strings say Zendesk.
import type { Finding, UiLanguage } from '../../core/index.ts';
import type { GuardDialog } from '../../adapters/freshdesk/replyGuard.ts';

const en = {
  noHost: 'This page runs inside Freshdesk. Open a ticket in Freshdesk and choose Complaint Desk in the apps panel.',
  fdDue: 'Freshdesk: due {time}',
  fdEscalated: 'escalated',
  appliedForm: 'Filled in the ticket properties (priority, tags, fields). Click Update on the ticket to save them.',
  noteOpened: 'A private note with the summary is open in the note editor: add it to keep a record.',
  applyError: 'Could not fill the ticket properties ({detail}). Try again; if Freshdesk keeps refusing, check that you may edit this ticket.',
  insertError: 'Could not insert the draft into the reply editor ({detail}). Open the reply editor (Reply) and try again.',
  toneCheck: 'Check',
  tonePlaceholder: 'Paste or type your reply here to check it before you send it.',
  guardOn: 'Replies are checked when you click Send; a serious problem asks you first.',
  guardHeld: 'Your reply was held for editing: {rule}.',
  guardSentAnyway: 'Your reply was sent despite: {rule}.',
  guardSent: 'Your last reply passed the tone check.',
  dialogTitle: 'Check this reply',
  dialogMessage: '{n} problem(s): “{text}”. Send anyway?',
  dialogSend: 'Send anyway',
  dialogEdit: 'Edit',
  ticketMissing: 'Freshdesk did not give this app the ticket',
} as const;

export type FdKey = keyof typeof en;
type Table = Record<FdKey, string>;

const zhHans: Table = {
  noHost: '此页面需在 Freshdesk 中运行。请在 Freshdesk 打开工单，并在应用面板中选择 Complaint Desk。',
  fdDue: 'Freshdesk：截止 {time}',
  fdEscalated: '已升级',
  appliedForm: '已填入工单属性（优先级、标签、字段）。请点击工单上的“更新”保存。',
  noteOpened: '摘要已放入私密备注编辑器：添加备注即可留档。',
  applyError: '无法填写工单属性（{detail}）。请重试；若 Freshdesk 一直拒绝，请确认你有编辑此工单的权限。',
  insertError: '无法把草稿插入回复框（{detail}）。请先打开回复框（回复）再试。',
  toneCheck: '检查',
  tonePlaceholder: '在此粘贴或输入回复，发送前先检查语气。',
  guardOn: '点击发送时会检查回复；发现严重问题会先询问你。',
  guardHeld: '回复已暂缓，请修改：{rule}。',
  guardSentAnyway: '回复已发送，但存在：{rule}。',
  guardSent: '上一条回复通过了语气检查。',
  dialogTitle: '请检查这条回复',
  dialogMessage: '发现 {n} 个问题：“{text}”。仍要发送吗？',
  dialogSend: '仍要发送',
  dialogEdit: '修改',
  ticketMissing: 'Freshdesk 没有向此应用提供工单',
};

const zhHant: Table = {
  noHost: '此頁面需在 Freshdesk 中執行。請在 Freshdesk 開啟工單，並在應用程式面板中選擇 Complaint Desk。',
  fdDue: 'Freshdesk：截止 {time}',
  fdEscalated: '已升級',
  appliedForm: '已填入工單屬性（優先順序、標籤、欄位）。請點選工單上的「更新」儲存。',
  noteOpened: '摘要已放入私人備註編輯器：新增備註即可留存紀錄。',
  applyError: '無法填寫工單屬性（{detail}）。請重試；若 Freshdesk 持續拒絕，請確認你有編輯此工單的權限。',
  insertError: '無法將草稿插入回覆框（{detail}）。請先開啟回覆框（回覆）再試。',
  toneCheck: '檢查',
  tonePlaceholder: '在此貼上或輸入回覆，傳送前先檢查語氣。',
  guardOn: '點選傳送時會檢查回覆；發現嚴重問題會先詢問你。',
  guardHeld: '回覆已暫緩，請修改：{rule}。',
  guardSentAnyway: '回覆已傳送，但存在：{rule}。',
  guardSent: '上一則回覆通過了語氣檢查。',
  dialogTitle: '請檢查這則回覆',
  dialogMessage: '發現 {n} 個問題：「{text}」。仍要傳送嗎？',
  dialogSend: '仍要傳送',
  dialogEdit: '修改',
  ticketMissing: 'Freshdesk 沒有向此應用程式提供工單',
};

export const FD_STRINGS: Record<UiLanguage, Table> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

export function fd(lang: UiLanguage, key: FdKey, vars: Record<string, string | number> = {}): string {
  return FD_STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The showConfirm dialog of the tone guard on Send, in the agent's language. */
export function guardDialog(lang: UiLanguage): GuardDialog {
  return {
    title: fd(lang, 'dialogTitle'),
    message: (errors: Finding[]) => fd(lang, 'dialogMessage', { n: errors.length, text: (errors[0]?.text || errors[0]?.rule || '').slice(0, 40) }),
    sendLabel: fd(lang, 'dialogSend'),
    editLabel: fd(lang, 'dialogEdit'),
  };
}
