/** @jsxImportSource preact */
// The workbench page: a sample picker and the three real plug-ins, each in the test host that speaks its
// platform's protocol (hosts/). The host pages ask this page for their scenario (`window.workbench`), so
// switching a sample or the language rebuilds the scenario and reloads the frames; the Shopify Admin API
// they all reach is msw in this page (adminApi.ts).
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORY_NAMES, PolicyError, resolvePolicy, TIER_NAMES, type UiLanguage } from '../../../core/index.ts';
import { MODES, type Mode } from '../mockShop.ts';
import { freshdeskPayloads, SAMPLES, sampleOrderGid, zendeskTicket, type Sample } from '../samples/hostPayloads.ts';
import { ADMIN_API_PATH, startAdminApi, type AdminApi } from './adminApi.ts';
import { w, type WorkbenchKey } from './strings.ts';

interface Config {
  /** The plug-ins' own origin (127.0.0.1), apart from the hosts' (localhost), as in the real products. */
  appOrigin: string;
}

const SHOP_DOMAIN = 'complaint-desk-demo.myshopify.com';
const LOCALES: Record<UiLanguage, { zendesk: 'en-US' | 'zh-cn' | 'zh-tw'; freshdesk: 'en' | 'zh-CN' | 'zh-TW'; shopify: 'en' | 'zh-CN' | 'zh-TW'; label: string }> = {
  en: { zendesk: 'en-US', freshdesk: 'en', shopify: 'en', label: 'English' },
  'zh-Hans': { zendesk: 'zh-cn', freshdesk: 'zh-CN', shopify: 'zh-CN', label: '简体中文' },
  'zh-Hant': { zendesk: 'zh-tw', freshdesk: 'zh-TW', shopify: 'zh-TW', label: '繁體中文' },
};
const MODE_KEYS: Record<Mode, WorkbenchKey> = {
  normal: 'modeNormal',
  throttled: 'modeThrottled',
  denied: 'modeDenied',
  unauthorized: 'modeUnauthorized',
  failing: 'modeFailing',
  slow: 'modeSlow',
};
const POLICY_EXAMPLE = JSON.stringify({ vipTags: ['vip', 'gold-member'], tiers: { severe: { categories: ['quality_defect', 'counterfeit', 'lost_parcel', 'account_security', 'after_sales_delay', 'refund_return'] } } }, null, 2);

interface Settings {
  sample: Sample;
  lang: UiLanguage;
  policyText: string;
}

declare global {
  interface Window {
    workbench: { scenario(host: 'zendesk' | 'freshdesk'): Promise<unknown> };
  }
}

/** What each host page gets: the ticket as the host would send it, the app's settings, where the app is. */
function scenarioFor(host: 'zendesk' | 'freshdesk', s: Settings, config: Config, now: Date): unknown {
  const common = { appOrigin: config.appOrigin, shopifyApi: ADMIN_API_PATH };
  if (host === 'zendesk')
    return {
      ...common,
      appUrl: `${config.appOrigin}/zendesk/iframe.html`,
      ticket: zendeskTicket(s.sample, now, LOCALES[s.lang].zendesk),
      settings: { shop_domain: SHOP_DOMAIN, policy_json: s.policyText, add_internal_note: true, lookup_orders_by_email: true },
    };
  return {
    ...common,
    appUrl: `${config.appOrigin}/freshdesk/index.html`,
    payloads: freshdeskPayloads(s.sample, now, LOCALES[s.lang].freshdesk),
    iparams: { shop_domain: SHOP_DOMAIN, policy_json: s.policyText, add_private_note: true, lookup_orders_by_email: true },
  };
}

function policyProblems(text: string): string[] {
  if (text.trim() === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [`JSON: ${(error as Error).message}`];
  }
  try {
    resolvePolicy(json);
    return [];
  } catch (error) {
    if (error instanceof PolicyError) return error.issues.map((i) => `${i.path || '(policy)'}: ${i.message}`);
    throw error;
  }
}

function HostFrame(props: { title: string; src: string; name: string; height: number; frameRef?: (f: HTMLIFrameElement | null) => void; api: AdminApi }) {
  const ref = useRef<HTMLIFrameElement | null>(null);
  const [calls, setCalls] = useState('');
  useEffect(() => {
    // How many times the plug-in called its host since it opened: the budget is one read and one order query.
    const timer = setInterval(() => {
      const list = (ref.current?.contentWindow as { __calls?: { kind: string }[] } | null)?.__calls;
      if (!list) return setCalls('');
      const byKind = new Map<string, number>();
      for (const c of list) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
      setCalls([...byKind].map(([k, n]) => `${k} ${n}`).join(', '));
    }, 500);
    return () => clearInterval(timer);
  }, []);
  return (
    <section class="host" data-host={props.name}>
      <header>
        <h2>{props.title}</h2>
        <small data-testid={`${props.name}-calls`}>{calls}</small>
      </header>
      <iframe
        ref={(f) => {
          ref.current = f;
          props.frameRef?.(f);
        }}
        title={props.title}
        src={props.src}
        style={{ height: `${props.height}px` }}
        data-testid={`${props.name}-frame`}
      />
    </section>
  );
}

function ShopifyPane(props: { settings: Settings; api: AdminApi; reloadKey: number }) {
  const { sample, lang } = props.settings;
  const gid = sampleOrderGid(sample);
  const [actionOpen, setActionOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const [blockHeight, setBlockHeight] = useState(320);
  useEffect(() => setActionOpen(false), [sample.id, props.reloadKey]);
  useEffect(() => {
    // The block's button navigates to the action (shopify.navigation.navigate); the action closes itself.
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== location.origin) return;
      if (e.data?.shopifyNavigate) setActionOpen(true);
      if (e.data?.shopifyClose) setActionOpen(false);
      // The block grows with its content, as in the admin, up to where "Show more" takes over.
      if (typeof e.data?.shopifyResize?.height === 'number') setBlockHeight(Math.min(Math.max(e.data.shopifyResize.height, 120), 900));
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, []);
  if (!gid)
    return (
      <section class="host" data-host="shopify">
        <header>
          <h2>{w(lang, 'shopify')}</h2>
        </header>
        <p class="note" data-testid="shopify-no-order">
          {w(lang, 'noOrder')}
        </p>
      </section>
    );
  const src = (target: 'block' | 'action') => `/shopify/preview.html?target=${target}&order=${encodeURIComponent(gid)}&locale=${LOCALES[lang].shopify}&k=${props.reloadKey}`;
  const message = sample.messages.filter((m) => m.author === 'customer').map((m) => m.body).join('\n\n');
  return (
    <section class="host shopify" data-host="shopify">
      <header>
        <h2>{w(lang, 'shopify')}</h2>
        <button type="button" onClick={() => setActionOpen(true)} data-testid="shopify-open-action">
          {w(lang, 'handleComplaint')}
        </button>
      </header>
      <div class="shopify-page">
        <iframe title="Shopify order block" src={src('block')} style={{ height: `${blockHeight}px` }} data-testid="shopify-block-frame" />
        {actionOpen && (
          <div class="shopify-modal">
            <div class="paste">
              <b>{w(lang, 'customer')}</b>
              <pre>{message}</pre>
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(message).then(() => setCopied(true));
                }}
              >
                {copied ? w(lang, 'copied') : w(lang, 'copyMessage')}
              </button>
            </div>
            <iframe title="Shopify order action" src={src('action')} data-testid="shopify-action-frame" />
          </div>
        )}
      </div>
    </section>
  );
}

function Workbench(props: { config: Config; api: AdminApi }) {
  const [sampleId, setSampleId] = useState(SAMPLES[0]!.id);
  const [lang, setLang] = useState<UiLanguage>('en');
  const [mode, setMode] = useState<Mode>('normal');
  const [policyDraft, setPolicyDraft] = useState('');
  const [policyText, setPolicyText] = useState('');
  const [reply, setReply] = useState('');
  const [reloadKey, setReloadKey] = useState(0);
  const frames = useRef<Record<'zendesk' | 'freshdesk', HTMLIFrameElement | null>>({ zendesk: null, freshdesk: null });
  const sample = SAMPLES.find((s) => s.id === sampleId) ?? SAMPLES[0]!;
  const settings: Settings = { sample, lang, policyText };
  const latest = useRef(settings);
  latest.current = settings;
  const problems = useMemo(() => policyProblems(policyDraft), [policyDraft]);

  window.workbench = { scenario: async (host) => scenarioFor(host, latest.current, props.config, new Date()) };
  props.api.mode = mode;

  useEffect(() => {
    // Each host's composer gets what the agent types here, a moment after they stop typing.
    const timer = setTimeout(() => {
      const z = frames.current.zendesk?.contentWindow as { __setComposer?: (t: string) => void } | null | undefined;
      const f = frames.current.freshdesk?.contentWindow as { __setEditor?: (t: string) => void } | null | undefined;
      z?.__setComposer?.(reply);
      f?.__setEditor?.(reply);
    }, 300);
    return () => clearTimeout(timer);
  }, [reply]);

  const key = `${sample.id}|${lang}|${policyText}|${reloadKey}`;
  const byLanguage = (['en', 'zh-Hans', 'zh-Hant'] as const).map((l) => ({ l, items: SAMPLES.filter((s) => s.language === l) }));
  return (
    <div class="workbench" lang={lang === 'en' ? 'en' : lang === 'zh-Hans' ? 'zh-CN' : 'zh-TW'}>
      <aside>
        <h1>{w(lang, 'title')}</h1>
        <p class="note">{w(lang, 'intro')}</p>
        <label>
          {w(lang, 'sample')}
          <select value={sample.id} onChange={(e) => setSampleId(e.currentTarget.value)} data-testid="sample">
            {byLanguage.map(({ l, items }) => (
              <optgroup label={LOCALES[l].label} key={l}>
                {items.map((s) => (
                  <option value={s.id} key={s.id}>
                    {`${TIER_NAMES[s.expected.tier][lang]} · ${s.subject}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <small class="note" data-testid="expected">
          {w(lang, 'expected', { tier: TIER_NAMES[sample.expected.tier][lang], category: CATEGORY_NAMES[sample.expected.category][lang] })}
        </small>
        <label>
          {w(lang, 'language')}
          <select value={lang} onChange={(e) => setLang(e.currentTarget.value as UiLanguage)} data-testid="language">
            {(Object.keys(LOCALES) as UiLanguage[]).map((l) => (
              <option value={l} key={l}>
                {LOCALES[l].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w(lang, 'shopifyMode')}
          <select value={mode} onChange={(e) => setMode(e.currentTarget.value as Mode)} data-testid="mode">
            {MODES.map((m) => (
              <option value={m} key={m}>
                {w(lang, MODE_KEYS[m])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setReloadKey((k) => k + 1)} data-testid="reload">
          {w(lang, 'reload')}
        </button>
        <h3>{w(lang, 'customer')}</h3>
        <div class="messages">
          {sample.messages.map((m, i) => (
            <p class={m.author} key={i}>
              {m.body}
            </p>
          ))}
        </div>
        <label>
          {w(lang, 'reply')}
          <textarea rows={5} value={reply} onInput={(e) => setReply(e.currentTarget.value)} data-testid="reply" />
        </label>
        <small class="note">{w(lang, 'replyHelp')}</small>
        <label>
          {w(lang, 'policy')}
          <textarea rows={8} class="code" value={policyDraft} placeholder={POLICY_EXAMPLE} onInput={(e) => setPolicyDraft(e.currentTarget.value)} spellcheck={false} data-testid="policy" />
        </label>
        <ul class={problems.length ? 'problems' : 'ok'} data-testid="policy-problems">
          {problems.length ? problems.map((p) => <li key={p}>{p}</li>) : policyDraft.trim() ? <li>{w(lang, 'policyOk')}</li> : null}
        </ul>
        <button type="button" onClick={() => setPolicyText(policyDraft)} data-testid="policy-use">
          {w(lang, 'policyUse')}
        </button>
        <small class="note">{w(lang, 'policyHelp')}</small>
      </aside>
      <main>
        <HostFrame key={`z|${key}`} name="zendesk" title={w(lang, 'zendesk')} src="/hosts/zendesk.html" height={720} api={props.api} frameRef={(f) => (frames.current.zendesk = f)} />
        <HostFrame key={`f|${key}`} name="freshdesk" title={w(lang, 'freshdesk')} src="/hosts/freshdesk.html" height={720} api={props.api} frameRef={(f) => (frames.current.freshdesk = f)} />
        <ShopifyPane key={`s|${key}`} settings={settings} api={props.api} reloadKey={reloadKey} />
      </main>
    </div>
  );
}

async function main() {
  const root = document.getElementById('root')!;
  root.textContent = w('en', 'starting');
  const config = (await (await fetch('/workbench/config.json')).json()) as Config;
  let api: AdminApi;
  try {
    api = await startAdminApi();
  } catch (error) {
    root.textContent = w('en', 'swFailed', { detail: error instanceof Error ? error.message : String(error) });
    return;
  }
  root.textContent = '';
  render(<Workbench config={config} api={api} />, root);
}

void main();
