// The Complaint Desk ticket sidebar for Freshdesk, kept alike to the Zendesk one (apps/zendesk/src/App.tsx):
// the same shared view model and hooks, Crayons instead of Garden. Every piece of customer or Shopify text is
// a React text child (never HTML), and every host call goes through FreshdeskDesk.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { lintReply, PRIORITY_NAMES, type Finding, type Triage, type UiLanguage } from '../../../core/index.ts';
import type { ApplyOutcome, FreshdeskDesk, OrderState } from '../../../adapters/freshdesk/desk.ts';
import type { GuardOutcome } from '../../../adapters/freshdesk/replyGuard.ts';
import { IPARAMS } from '../../../adapters/freshdesk/settings.ts';
import type { FreshdeskDueDates, FreshdeskSnapshot } from '../../../adapters/freshdesk/ticketContext.ts';
import { keepMatcher, restoreMatcher } from '../../shared/matcherCache.ts';
import { useClock, useTriage, type TriageLoader, type TriageState } from '../../shared/react/hooks.ts';
import { buildView, findingViews, ruleName, type OrderStatus, type TriageView } from '../../shared/viewModel.ts';
import { t } from '../../shared/strings.ts';
import type { Segment } from '../../shared/highlight.ts';
import { freshdeskDue } from '../due.ts';
import { fd, guardDialog } from '../strings.ts';
import { subscriber } from '../subscribe.ts';
import { FwButton, FwInlineMessage, FwLabel, FwSpinner, MESSAGE_TYPE } from './crayons.tsx';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e));

function orderStatusOf(order: OrderState): OrderStatus {
  if (order.status === 'none') return order;
  if (order.status === 'failed') return { status: 'failed', reason: order.result.reason, reference: order.reference };
  return { status: 'found', source: order.source, notShared: order.result.notShared };
}

/** Ticket first (three data reads), triage painted from the text, then at most one order request. */
export function makeLoader(desk: FreshdeskDesk, onSnapshot: (s: FreshdeskSnapshot) => void): TriageLoader {
  return async (emit, isCurrent) => {
    // The lexicons' compiled tables are read back from the last open while the host answers.
    const [snapshot] = await Promise.all([desk.loadTicket(), desk.init().then((settings) => restoreMatcher(settings.policy.lexicons))]);
    if (!isCurrent()) return;
    const lang = desk.uiLanguage(snapshot);
    if (snapshot.missing.includes('ticket')) {
      // The hook reports a thrown error in the last language it saw: let it see the agent's.
      emit({ phase: 'loading', lang });
      throw new Error(fd(lang, 'ticketMissing'));
    }
    onSnapshot(snapshot);
    const ticket = snapshot.context.ticket;
    const hasText = [ticket.subject, ticket.body, ...ticket.messages.filter((m) => m.author === 'customer').map((m) => m.body)].some((s) => s.trim() !== '');
    if (!hasText) return emit({ phase: 'empty', lang });
    const willLookUp = desk.settings.shopDomain !== undefined;
    emit({ phase: 'ready', lang, triage: desk.triage(snapshot, undefined, new Date()), context: snapshot.context, order: willLookUp ? { status: 'loading' } : { status: 'none', why: 'no_shop' } });
    keepMatcher(desk.settings.policy.lexicons);
    if (!willLookUp) return;
    const order = await desk.loadOrder(snapshot);
    if (!isCurrent()) return;
    emit({ phase: 'ready', lang, triage: desk.triage(snapshot, order, new Date()), context: desk.contextWithOrder(snapshot, order), order: orderStatusOf(order) });
  };
}

export function NoHost() {
  const lang: UiLanguage = /^zh-(tw|hk|mo)/i.test(navigator.language) ? 'zh-Hant' : /^zh/i.test(navigator.language) ? 'zh-Hans' : 'en';
  return (
    <div className="cd">
      <FwInlineMessage type="warning" testId="no-host">
        <b>Complaint Desk</b> · {fd(lang, 'noHost')}
      </FwInlineMessage>
    </div>
  );
}

export function App({ desk }: { desk: FreshdeskDesk }) {
  const [due, setDue] = useState<FreshdeskDueDates | undefined>();
  const loader = useMemo(() => makeLoader(desk, (s) => setDue(s.due)), [desk]);
  const subscribe = useMemo(() => subscriber(desk), [desk]);
  const { state, reload } = useTriage(loader, subscribe);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void desk.init().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [desk]);

  // The tone guard on Send reads the latest triage through refs: it is registered once (no events.off).
  const latest = useRef<Extract<TriageState, { phase: 'ready' }> | undefined>(undefined);
  const langRef = useRef<UiLanguage>(state.lang);
  if (state.phase === 'ready') latest.current = state;
  langRef.current = state.lang;
  const [guard, setGuard] = useState<{ outcome: GuardOutcome; findings: Finding[] } | undefined>();
  useEffect(() => {
    const g = desk.guardReplies((text) => (latest.current ? lintReply(text, latest.current.context, desk.settings.policy, 'agent') : []), {
      dialog: () => guardDialog(langRef.current),
      onOutcome: (outcome, findings) => setGuard({ outcome, findings }),
    });
    return () => g.dispose();
  }, [desk]);

  const lang = state.lang;
  const problems = ready ? desk.settings.problems : [];
  return (
    <div className="cd fw-type-sm" data-testid="complaint-desk" data-phase={state.phase}>
      {problems.map((p, i) => (
        <FwInlineMessage key={i} type="warning" testId="setting-problem">
          {p.setting === IPARAMS.policy ? t(lang, 'policyProblem', { message: p.message }) : t(lang, 'settingProblem', { setting: p.setting, message: p.message })}
        </FwInlineMessage>
      ))}
      <Body state={state} desk={desk} due={due} guard={guard} reload={reload} />
    </div>
  );
}

interface GuardState {
  outcome: GuardOutcome;
  findings: Finding[];
}

function Body({ state, desk, due, guard, reload }: { state: TriageState; desk: FreshdeskDesk; due: FreshdeskDueDates | undefined; guard: GuardState | undefined; reload: () => void }) {
  const lang = state.lang;
  if (state.phase === 'loading')
    return (
      <div className="row muted" data-testid="loading">
        <FwSpinner /> {t(lang, 'loading')}
      </div>
    );
  if (state.phase === 'error')
    return (
      <FwInlineMessage type="error" testId="error">
        <p style={{ margin: 0 }}>{t(lang, 'ticketError', { detail: state.detail })}</p>
        <div style={{ marginTop: 6 }}>
          <FwButton onClick={reload} testId="retry">
            {t(lang, 'retry')}
          </FwButton>
        </div>
      </FwInlineMessage>
    );
  if (state.phase === 'empty')
    return (
      <FwInlineMessage type="info" testId="empty">
        {t(lang, 'emptyTicket')}
      </FwInlineMessage>
    );
  return <Ready state={state} desk={desk} due={due} guard={guard} reload={reload} />;
}

function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section data-testid={testId}>
      <h3 className="fw-type-h7">{title}</h3>
      {children}
    </section>
  );
}

function Ready({ state, desk, due, guard, reload }: { state: Extract<TriageState, { phase: 'ready' }>; desk: FreshdeskDesk; due: FreshdeskDueDates | undefined; guard: GuardState | undefined; reload: () => void }) {
  const now = useClock(15_000);
  const lang = state.lang;
  const triage = state.triage;
  const view = useMemo(() => buildView(triage, state.context, lang, now, state.order), [triage, state.context, lang, now, state.order]);
  return (
    <>
      <div className="row" data-testid="summary">
        <FwLabel tone={view.tier.tone} testId="tier" value={view.tier.id}>
          {view.tier.label}
        </FwLabel>
        <FwLabel tone={view.priority.tone} testId="priority" value={view.priority.id}>
          {view.priority.label}
        </FwLabel>
        <FwLabel tone={view.category.tone} testId="category" value={view.category.id}>
          {view.category.label}
        </FwLabel>
        <span className="muted">
          {t(lang, 'emotion')}: {view.emotion}
        </span>
      </div>
      <div className="row" data-testid="risks">
        {view.risks.length ? (
          view.risks.map((r) => (
            <FwLabel key={r.id} tone={r.tone} value={r.id}>
              {r.label}
            </FwLabel>
          ))
        ) : (
          <span className="muted">{t(lang, 'noRisks')}</span>
        )}
      </div>
      <ApplyBar desk={desk} triage={triage} lang={lang} />
      <Clocks view={view} lang={lang} due={due} now={now} />
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
              {r.amount ? ` · ${r.amount}` : ''}
            </span>
            <span className={r.within ? 'mark-within' : 'mark-approval'} data-authority={r.within ? 'within' : 'needs_approval'}>
              {r.within ? '✓ ' : '⚑ '}
              {r.mark}
            </span>
          </div>
        ))}
      </Section>
      <ToneGuard desk={desk} state={state} guard={guard} lang={lang} />
    </>
  );
}

function Clocks({ view, lang, due, now }: { view: TriageView; lang: UiLanguage; due: FreshdeskDueDates | undefined; now: Date }) {
  const theirs = freshdeskDue(due, now, lang);
  const unpaired = theirs.filter((d) => !view.clocks.some((c) => c.kind === d.kind));
  return (
    <Section title={t(lang, 'clocks')} testId="clocks">
      {view.clocks.map((c) => {
        const fdDue = theirs.find((d) => d.kind === c.kind);
        return (
          <div key={c.kind} className={`clock tone-${c.tone}`} data-kind={c.kind} data-tone={c.tone}>
            <div className="clock-row">
              <span>{c.label}</span>
              <b>{c.text}</b>
            </div>
            {fdDue && (
              <div className={`fd-due${fdDue.overdue ? ' overdue' : ''}`} data-testid="fd-due" data-kind={fdDue.kind}>
                {fdDue.text}
              </div>
            )}
          </div>
        );
      })}
      {unpaired.map((d) => (
        <div key={d.kind} className={`fd-due${d.overdue ? ' overdue' : ''}`} data-testid="fd-due" data-kind={d.kind}>
          {d.text}
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
      {note && (
        <FwInlineMessage type={MESSAGE_TYPE[note.tone]} testId="order-note" tone={note.tone}>
          {note.text}
          {(note.tone === 'warning' || note.tone === 'danger') && !o && (
            <div style={{ marginTop: 6 }}>
              <FwButton onClick={reload} testId="order-retry">
                {t(lang, 'retry')}
              </FwButton>
            </div>
          )}
        </FwInlineMessage>
      )}
      {o && (
        <div className="card fw-card-1" data-testid="order-card">
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
              <a className="fw-type-anchor" href={s.url} target="_blank" rel="noopener noreferrer">
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

function Replies({ view, desk, lang }: { view: TriageView; desk: FreshdeskDesk; lang: UiLanguage }) {
  const [inserted, setInserted] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  return (
    <Section title={t(lang, 'replies')} testId="replies">
      {error && <FwInlineMessage type="error">{fd(lang, 'insertError', { detail: error })}</FwInlineMessage>}
      {view.replies.map((r) => (
        <div key={r.kind} className="reply" data-kind={r.kind}>
          <div className="reply-head">
            <b>{r.title}</b>
            <FwButton
              testId={`insert-${r.kind}`}
              onClick={() =>
                desk.insertReply(r.text).then(
                  () => (setInserted(r.kind), setError(undefined)),
                  (e: unknown) => setError(messageOf(e)),
                )
              }
            >
              {inserted === r.kind ? '✓ ' : ''}
              {t(lang, 'insert')}
            </FwButton>
          </div>
          <details>
            <summary className="muted">{inserted === r.kind ? t(lang, 'inserted') : r.language}</summary>
            <p>{r.text}</p>
          </details>
        </div>
      ))}
    </Section>
  );
}

function ToneGuard({ desk, state, guard, lang }: { desk: FreshdeskDesk; state: Extract<TriageState, { phase: 'ready' }>; guard: GuardState | undefined; lang: UiLanguage }) {
  const [draft, setDraft] = useState('');
  const [checked, setChecked] = useState<string | undefined>();
  const findings = useMemo(() => (checked?.trim() ? findingViews(checked, lintReply(checked, state.context, desk.settings.policy, 'agent')) : []), [checked, state.context, desk]);
  const first = guard?.findings[0];
  return (
    <Section title={t(lang, 'toneGuard')} testId="tone-guard">
      <textarea className="draft" rows={3} value={draft} placeholder={fd(lang, 'tonePlaceholder')} onChange={(e) => setDraft(e.currentTarget.value)} data-testid="tone-draft" />
      <div className="row">
        <FwButton onClick={() => setChecked(draft)} disabled={!draft.trim()} testId="tone-check">
          {fd(lang, 'toneCheck')}
        </FwButton>
        <span className="muted">{fd(lang, 'guardOn')}</span>
      </div>
      {guard && (
        <div className="muted" data-testid="guard-outcome" data-outcome={guard.outcome}>
          {guard.outcome === 'held' && first
            ? fd(lang, 'guardHeld', { rule: ruleName(first.rule, lang) })
            : guard.outcome === 'sent_anyway' && first
              ? fd(lang, 'guardSentAnyway', { rule: ruleName(first.rule, lang) })
              : guard.outcome === 'sent'
                ? fd(lang, 'guardSent')
                : null}
        </div>
      )}
      {checked === undefined ? null : findings.length === 0 ? (
        <span className="muted" data-testid="tone-ok">
          ✓ {t(lang, 'toneOk')}
        </span>
      ) : (
        findings.map((f, i) => (
          <div key={i} className="finding" data-rule={f.rule} data-severity={f.severity}>
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

function ApplyBar({ desk, triage, lang }: { desk: FreshdeskDesk; triage: Triage; lang: UiLanguage }) {
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
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = outcome?.status === 'needs_confirm' && !kept ? outcome.plan.priorityNeedsConfirm : undefined;
  const name = (p: keyof typeof PRIORITY_NAMES) => PRIORITY_NAMES[p][lang];
  const wrote = outcome && (outcome.plan.setPriority || outcome.plan.tags || Object.keys(outcome.plan.setFields).length > 0);
  return (
    <div className="apply" data-testid="apply-bar">
      <div>
        <FwButton color="primary" size="normal" disabled={busy} onClick={() => void run(false)} testId="apply">
          {busy ? t(lang, 'applying') : t(lang, 'apply')}
        </FwButton>
      </div>
      {confirm && (
        <FwInlineMessage type="warning" testId="confirm-priority">
          {t(lang, 'confirmPriority', { current: name(confirm.current), proposed: name(confirm.proposed) })}
          <div className="row" style={{ marginTop: 6 }}>
            <FwButton color="danger" onClick={() => void run(true)} testId="replace-priority">
              {t(lang, 'replacePriority')}
            </FwButton>
            <FwButton onClick={() => setKept(true)} testId="keep-priority">
              {t(lang, 'keepPriority', { current: name(confirm.current) })}
            </FwButton>
          </div>
        </FwInlineMessage>
      )}
      {kept && outcome?.plan.priorityNeedsConfirm && <span className="muted">{t(lang, 'keptPriority', { current: name(outcome.plan.priorityNeedsConfirm.current) })}</span>}
      {outcome?.status === 'applied' && (
        <span className="muted" data-testid="apply-result">
          ✓ {wrote ? fd(lang, 'appliedForm') : ''}
          {outcome.plan.note ? ` ${fd(lang, 'noteOpened')}` : ''}
        </span>
      )}
      {outcome?.status === 'unchanged' && (
        <span className="muted" data-testid="apply-result">
          {t(lang, 'unchanged')}
        </span>
      )}
      {error && <FwInlineMessage type="error">{fd(lang, 'applyError', { detail: error })}</FwInlineMessage>}
    </div>
  );
}
