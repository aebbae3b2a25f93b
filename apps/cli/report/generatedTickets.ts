// Synthetic complaint files for the report's tests and its million-ticket measurement: a few
// templates in the three languages, spread over a month, answered early, late or not at all, with
// an unreadable line now and then. Deterministic, so a failure reproduces.
const TEMPLATES = [
  { subject: 'Where is my order??', body: 'I ordered a grinder two weeks ago and the tracking has not moved in 6 days. Where is my order?' },
  { subject: 'Broken on arrival', body: 'The kettle arrived with a cracked lid and it stopped working after one day. I want a replacement.' },
  { subject: 'Fake product', body: 'This is a fake, the serial number does not exist. I will report you to consumer protection and my lawyer.' },
  { subject: 'Refund still not here', body: 'You promised a refund ten days ago and I still have not received my money. This is the third time I write.' },
  { subject: '', body: '你们卖的是假货吧？防伪码根本查不到。不给个说法我就去12315投诉，还要发小红书曝光你们！' },
  { subject: '包裹', body: '快递显示已签收，但是我根本没有收到包裹，已经问过门卫了。' },
  { subject: '漏寄', body: '收到的盒子裡少了一件商品，訂單寫兩件只寄來一件，請盡快補寄。' },
  { subject: 'Rude agent', body: 'Your agent was rude and hung up on me. Terrible service, I am cancelling my account and never ordering again.' },
  { subject: 'Charged twice', body: 'I was charged twice for the same order, please refund the duplicate payment.' },
  { subject: 'Allergic reaction', body: 'My child had an allergic reaction after using your cream, she has a rash all over her face.' },
];

const DAY = 86_400_000;
const START = Date.parse('2026-10-20T00:00:00Z');

/** Line `n` (1-based) of a generated file: a ticket, or now and then a line no reader accepts. */
export function generatedLine(n: number): string {
  if (n % 997 === 0) return '{"id": "broken", "body": ';
  if (n % 1009 === 0) return JSON.stringify({ id: `T-${n}`, subject: 'no body' });
  const template = TEMPLATES[n % TEMPLATES.length]!;
  // Spread over 31 days and over the hours, so days and SLA states vary.
  const created = START + ((n * 7919) % 31) * DAY + ((n * 104729) % 24) * 3_600_000 + (n % 60) * 60_000;
  const replyAfter = [5, 25, 45, 90, 300, null][n % 6] ?? null;
  const messages =
    replyAfter === null
      ? []
      : [{ author: 'agent', body: 'We are looking into it.', at: new Date(created + replyAfter * 60_000).toISOString() }];
  const ticket: Record<string, unknown> = {
    id: `T-${n}`,
    subject: template.subject,
    body: template.body,
    messages,
    customer: { id: `c-${n % 500}`, tags: n % 50 === 0 ? ['VIP'] : [] },
  };
  if (n % 211 !== 0) ticket.createdAt = new Date(created).toISOString();
  return JSON.stringify(ticket);
}

export function generatedFile(count: number): string {
  let out = '';
  for (let n = 1; n <= count; n++) out += `${generatedLine(n)}\n`;
  return out;
}
