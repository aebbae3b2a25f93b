// The Complaint Desk ticket sidebar. Every piece of customer or Shopify text is rendered as a React
// text child (never as HTML), and every host call goes through ZendeskDesk.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { lintReply, PRIORITY_NAMES, type Triage, type UiLanguage } from '../../../core/index.ts';
import type { ApplyOutcome, OrderState, ZendeskDesk } from '../../../adapters/zendesk/desk.ts';
import { PARAMS } from '../../../adapters/zendesk/settings.ts';
import { keepMatcher, restoreMatcher } from '../../shared/matcherCache.ts';
import { useClock, useTriage, type TriageLoader, type TriageState } from '../../shared/react/hooks.ts';
import { buildView, findingViews, ruleName, type Badge, type OrderStatus, type Tone, type TriageView } from '../../shared/viewModel.ts';
import { t } from '../../shared/strings.ts';
import type { Segment } from '../../shared/highlight.ts';
import { Alert, Button, Dots, Tag, type AlertType, type Hue } from './garden.tsx';

const HUE: Record<Tone, Hue> = { neutral: 'grey', info: 'blue', warning: 'yellow', danger: 'red', success: 'green' };
const ALERT: Record<Tone, AlertType> = { neutral: 'info', info: 'info', warning: 'warning', danger: 'error', success: 'success' };

function orderStatusOf(order: OrderState): OrderStatus {
  if (order.status === 'none') return order;
  if (order.status === 'failed') return { status: 'failed', reason: order.result.reason, reference: order.reference };
  return { status: 'found', source: order.source, notShared: order.result.notShared };
}

function makeLoader(desk: ZendeskDesk): TriageLoader {
  return async (emit, isCurrent) => {
    // The lexicons' compiled tables are read back from the last open while the host answers.
    const [snapshot] = await Promise.all([desk.loadTicket(), desk.init().then((settings) => restoreMatcher(settings.policy.lexicons))]);
    const lang = desk.uiLanguage(snapshot);
    const ticket = snapshot.context.ticket;
    const hasText = [ticket.subject, ticket.body, ...ticket.messages.filter((m) => m.author === 'customer').map((m) => m.body)].some((s) => s.trim() !== '');
    if (!hasText) return emit({ phase: 'empty', lang });
    // Known already (no shop, no order number, or fetched before this re-triage): one paint, no flicker.
    const known = desk.peekOrder(snapshot);
    if (known) {
      emit({ phase: 'ready', lang, triage: desk.triage(snapshot, known, new Date()), context: desk.contextWithOrder(snapshot, known), order: orderStatusOf(known) });
      return keepMatcher(desk.settings.policy.lexicons);
    }
    // Otherwise the triage from the text alone paints first; the order refines it when Shopify answers.
    emit({ phase: 'ready', lang, triage: desk.triage(snapshot, undefined, new Date()), context: snapshot.context, order: { status: 'loading' } });
    keepMatcher(desk.settings.policy.lexicons);
    const order = await desk.loadOrder(snapshot);
    if (!isCurrent()) return;
    emit({ phase: 'ready', lang, triage: desk.triage(snapshot, order, new Date()), context: desk.contextWithOrder(snapshot, order), order: orderStatusOf(order) });
  };
}

export function NoHost() {
  return (
    <div className="cd">
      <Alert type="warning" title="Complaint Desk">
        This page runs inside Zendesk Support. Open a ticket in Zendesk to use it.
      </Alert>
    </div>
  );
}

export function App({ desk }: { desk: ZendeskDesk }) {
  const loader = useMemo(() => makeLoader(desk), [desk]);
  const { state, reload } = useTriage(loader);
  const [draft, setDraft] = useState('');
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    void desk.init().then(() => {
      if (!live) return;
      setReady(true);
      stop = desk.subscribe(reload, setDraft);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [desk, reload]);

  // Zendesk sizes the sidebar iframe only when asked: follow the content's height (debounced, and
  // only when it changed), so the panel never shows a second scrollbar.
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const height = Math.min(document.documentElement.scrollHeight, 4000);
        if (Math.abs(height - last) < 8) return;
        last = height;
        void desk.resize(height).catch(() => undefined);
      }, 150);
    });
    observer.observe(document.body);
    return () => (observer.disconnect(), clearTimeout(timer));
  }, [desk]);

  const lang = state.lang;
  const problems = ready ? desk.settings.problems : [];
  return (
    <div className="cd" data-testid="complaint-desk" data-phase={state.phase}>
      {problems.map((p, i) => (
        <Alert key={i} type="warning" data-testid="setting-problem">
          {p.setting === PARAMS.policy ? t(lang, 'policyProblem', { message: p.message }) : t(lang, 'settingProblem', { setting: p.setting, message: p.message })}
        </Alert>
      ))}
      <Body state={state} desk={desk} draft={draft} reload={() => (desk.forgetOrders(), reload())} />
    </div>
  );
}

function Body({ state, desk, draft, reload }: { state: TriageState; desk: ZendeskDesk; draft: string; reload: () => void }) {
  const lang = state.lang;
  if (state.phase === 'loading')
    return (
      <div className="row muted" data-testid="loading">
        <Dots /> {t(lang, 'loading')}
      </div>
    );
  if (state.phase === 'error')
    return (
      <Alert type="error" data-testid="error">
        <p style={{ margin: 0 }}>{t(lang, 'ticketError', { detail: state.detail })}</p>
        <Button onClick={reload} style={{ marginTop: 6 }}>
          {t(lang, 'retry')}
        </Button>
      </Alert>
    );
  if (state.phase === 'empty')
    return (
      <Alert type="info" data-testid="empty">
        {t(lang, 'emptyTicket')}
      </Alert>
    );
  return <Ready triage={state.triage} state={state} desk={desk} draft={draft} reload={reload} />;
}

function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

function BadgeTag({ badge, testId }: { badge: Badge; testId?: string }) {
  return (
    <Tag hue={HUE[badge.tone]} data-testid={testId} data-value={badge.id}>
      {badge.label}
    </Tag>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Ready({ triage, state, desk, draft, reload }: { triage: Triage; state: Extract<TriageState, { phase: 'ready' }>; desk: ZendeskDesk; draft: string; reload: () => void }) {
  const now = useClock(15_000);
  const lang = state.lang;
  const view = useMemo(() => buildView(triage, state.context, lang, now, state.order), [triage, state.context, lang, now, state.order]);
  return (
    <>
      <div className="row" data-testid="summary">
        <BadgeTag badge={view.tier} testId="tier" />
        <BadgeTag badge={view.priority} testId="priority" />
        <BadgeTag badge={view.category} testId="category" />
        <span className="muted">
          {t(lang, 'emotion')}: {view.emotion}
        </span>
      </div>
      <div className="row" data-testid="risks">
        {view.risks.length ? view.risks.map((r) => <BadgeTag key={r.id} badge={r} />) : <span className="muted">{t(lang, 'noRisks')}</span>}
      </div>
      <ApplyBar desk={desk} triage={triage} lang={lang} />
      <Clocks view={view} lang={lang} />
      <Section title={t(lang, 'reasons')} testId="reasons">
        <ul>
          {view.reasons.map((r, i) => (
            <li key={i}>
              {r.text}
              {r.quotes.map((q, j) => (
                <div key={j} className="quote">
                  “<Marked segments={q} />”
                </div>
              ))}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'customerText')} testId="customer-text">
        {view.customerText.map((c) => (
          <p key={c.source} className="customer">
            <Marked segments={c.segments} />
          </p>
        ))}
      </Section>
      <OrderSection view={view} lang={lang} reload={reload} />
      <Replies view={view} desk={desk} lang={lang} />
      <Section title={t(lang, 'remedies')} testId="remedies">
        {view.remedies.map((r, i) => (
          <div key={i} className="remedy">
            <span>
              {r.label}
              {r.amount && !/\d/.test(r.label) ? ` · ${r.amount}` : ''}
            </span>
            <span className={r.within ? 'mark-within' : 'mark-approval'} data-authority={r.within ? 'within' : 'needs_approval'}>
              {r.within ? '✓ ' : '⚑ '}
              {r.mark}
            </span>
          </div>
        ))}
      </Section>
      <ToneGuard desk={desk} state={state} draft={draft} lang={lang} />
    </>
  );
}

function Clocks({ view, lang }: { view: TriageView; lang: UiLanguage }) {
  return (
    <Section title={t(lang, 'clocks')} testId="clocks">
      {view.clocks.map((c) => (
        <div key={c.kind} className={`clock tone-${c.tone}`} data-kind={c.kind} data-tone={c.tone}>
          <span>{c.label}</span>
          <b>{c.text}</b>
        </div>
      ))}
    </Section>
  );
}

function OrderSection({ view, lang, reload }: { view: TriageView; lang: UiLanguage; reload: () => void }) {
  const o = view.order;
  const note = view.orderNote;
  return (
    <Section title={`${t(lang, 'order')}${o?.number ? ` ${o.number}` : ''}`} testId="order">
      {note && note.tone === 'neutral' && (
        <div className="muted" data-testid="order-note" data-tone={note.tone}>
          {note.text}
        </div>
      )}
      {note && note.tone !== 'neutral' && (
        <Alert type={ALERT[note.tone]} data-testid="order-note" data-tone={note.tone}>
          {note.text}
          {(note.tone === 'warning' || note.tone === 'danger') && view.orderNote && !o && (
            <div style={{ marginTop: 6 }}>
              <Button onClick={reload}>
                {t(lang, 'retry')}
              </Button>
            </div>
          )}
        </Alert>
      )}
      {o && (
        <div className="card" data-testid="order-card">
          <dl>
            {o.total && (
              <>
                <dt>{t(lang, 'total')}</dt>
                <dd>{o.total}</dd>
              </>
            )}
            <dt>{t(lang, 'payment')}</dt>
            <dd>{o.payment}</dd>
            <dt>{t(lang, 'fulfilment')}</dt>
            <dd>{o.fulfilment}</dd>
            <dt>{t(lang, 'items')}</dt>
            <dd>
              {o.items.join(', ')}
              {o.moreItems ? ` +${o.moreItems}` : ''}
            </dd>
            {o.shipments.map((s, i) => (
              <ShipmentRows key={i} s={s} lang={lang} />
            ))}
            {o.refunds.length > 0 && (
              <>
                <dt>{t(lang, 'refunds')}</dt>
                <dd>{o.refunds.join('; ')}</dd>
              </>
            )}
            {o.returns.length > 0 && (
              <>
                <dt>{t(lang, 'returns')}</dt>
                <dd>{o.returns.join('; ')}</dd>
              </>
            )}
          </dl>
        </div>
      )}
    </Section>
  );
}

function ShipmentRows({ s, lang }: { s: NonNullable<TriageView['order']>['shipments'][number]; lang: UiLanguage }) {
  return (
    <>
      <dt>{t(lang, 'shipment')}</dt>
      <dd>
        {[s.carrier, s.status].filter(Boolean).join(' · ')}
        {s.tracking && (
          <>
            {' · '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.tracking}
              </a>
            ) : (
              s.tracking
            )}
          </>
        )}
      </dd>
      {s.estimated && (
        <>
          <dt>{t(lang, 'estimated')}</dt>
          <dd>
            {s.estimated} {s.late && <span className="late">({t(lang, 'late')})</span>}
          </dd>
        </>
      )}
      {s.delivered && (
        <>
          <dt>{t(lang, 'delivered')}</dt>
          <dd>{s.delivered}</dd>
        </>
      )}
    </>
  );
}

function Replies({ view, desk, lang }: { view: TriageView; desk: ZendeskDesk; lang: UiLanguage }) {
  const [inserted, setInserted] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  return (
    <Section title={t(lang, 'replies')} testId="replies">
      {error && <Alert type="error">{t(lang, 'applyError', { detail: error })}</Alert>}
      {view.replies.map((r) => (
        <div key={r.kind} className="reply" data-kind={r.kind}>
          <div className="reply-head">
            <b>{r.title}</b>
            <Button
              data-testid={`insert-${r.kind}`}
              onClick={() =>
                desk.insertReply(r.text).then(
                  () => (setInserted(r.kind), setError(undefined)),
                  (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
                )
              }
            >
              {inserted === r.kind ? '✓ ' : ''}
              {t(lang, 'insert')}
            </Button>
          </div>
          <p className="preview" title={r.text}>
            {r.text}
          </p>
          {inserted === r.kind && <span className="muted">{t(lang, 'inserted')}</span>}
        </div>
      ))}
    </Section>
  );
}

function ToneGuard({ desk, state, draft, lang }: { desk: ZendeskDesk; state: Extract<TriageState, { phase: 'ready' }>; draft: string; lang: UiLanguage }) {
  const findings = useMemo(() => (draft.trim() ? findingViews(draft, lintReply(draft, state.context, desk.settings.policy, 'agent')) : []), [draft, state.context, desk]);
  return (
    <Section title={t(lang, 'toneGuard')} testId="tone-guard">
      {!draft.trim() ? (
        <span className="muted">{t(lang, 'toneEmpty')}</span>
      ) : findings.length === 0 ? (
        <span className="muted" data-testid="tone-ok">
          ✓ {t(lang, 'toneOk')}
        </span>
      ) : (
        findings.map((f, i) => (
          <div key={i} className="finding" data-rule={f.rule}>
            <span className={`sev-${f.severity}`}>{ruleName(f.rule, lang)}</span>
            {f.quote.length > 0 && (
              <>
                {': “'}
                <Marked segments={f.quote} />
                {'”'}
              </>
            )}
            {f.suggestion && <div className="quote">→ {f.suggestion}</div>}
          </div>
        ))
      )}
    </Section>
  );
}

function ApplyBar({ desk, triage, lang }: { desk: ZendeskDesk; triage: Triage; lang: UiLanguage }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ApplyOutcome | undefined>();
  const [kept, setKept] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async (confirmPriority: boolean) => {
    setBusy(true);
    setError(undefined);
    setKept(false);
    try {
      setOutcome(await desk.apply(triage, { confirmPriority }));
    } catch (e) {
      setError(e instanceof Error ? e.message : typeof e === 'object' && e && 'message' in e ? String((e as { message: unknown }).message) : String(e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = outcome?.status === 'needs_confirm' && !kept ? outcome.plan.priorityNeedsConfirm : undefined;
  const name = (p: keyof typeof PRIORITY_NAMES) => PRIORITY_NAMES[p][lang];
  return (
    <div className="apply" data-testid="apply-bar">
      <Button isPrimary disabled={busy} onClick={() => void run(false)} data-testid="apply">
        {busy ? t(lang, 'applying') : t(lang, 'apply')}
      </Button>
      {confirm && (
        <Alert type="warning" data-testid="confirm-priority">
          {t(lang, 'confirmPriority', { current: name(confirm.current), proposed: name(confirm.proposed) })}
          <div className="row" style={{ marginTop: 6 }}>
            <Button isDanger onClick={() => void run(true)} data-testid="replace-priority">
              {t(lang, 'replacePriority')}
            </Button>
            <Button onClick={() => setKept(true)} data-testid="keep-priority">
              {t(lang, 'keepPriority', { current: name(confirm.current) })}
            </Button>
          </div>
        </Alert>
      )}
      {kept && outcome?.plan.priorityNeedsConfirm && <span className="muted">{t(lang, 'keptPriority', { current: name(outcome.plan.priorityNeedsConfirm.current) })}</span>}
      {outcome?.status === 'applied' && <span className="muted" data-testid="apply-result">✓ {t(lang, 'applied')}</span>}
      {outcome?.status === 'unchanged' && <span className="muted" data-testid="apply-result">{t(lang, 'unchanged')}</span>}
      {error && <Alert type="error">{t(lang, 'applyError', { detail: error })}</Alert>}
    </div>
  );
}
