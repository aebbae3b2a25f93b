/** @jsxImportSource preact */
// The reply drafts, each in a read-only field the merchant can select, with a Copy button. Admin extension
// components have no clipboard item, and a Remote DOM worker may have no navigator.clipboard: when copying
// is not possible the button says to select the text instead of failing silently.
import { useState } from 'preact/hooks';
import type { Reply } from '../../../core/model.ts';
import type { Translate } from '../translate.ts';

type CopyState = { kind: Reply['kind']; ok: boolean } | undefined;

async function copy(text: string): Promise<boolean> {
  const clipboard = (globalThis as { navigator?: { clipboard?: { writeText?: (s: string) => Promise<void> } } }).navigator?.clipboard;
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ReplyDrafts({ replies, t }: { replies: readonly Reply[]; t: Translate }) {
  const [copied, setCopied] = useState<CopyState>();
  return (
    <s-section heading={t('replies.heading')}>
      <s-stack direction="block" gap="base">
        {replies.map((reply) => (
          <s-stack key={reply.kind} direction="block" gap="small-200">
            <s-text-area label={reply.title} value={reply.text} readOnly rows={6} />
            <s-stack direction="inline" gap="small-200" alignItems="center">
              <s-button onClick={() => void copy(reply.text).then((ok) => setCopied({ kind: reply.kind, ok }))}>{t('replies.copy')}</s-button>
              {copied?.kind === reply.kind && <s-text tone={copied.ok ? 'success' : 'neutral'}>{copied.ok ? t('replies.copied') : t('replies.copyByHand')}</s-text>}
            </s-stack>
          </s-stack>
        ))}
      </s-stack>
    </s-section>
  );
}
