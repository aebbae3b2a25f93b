// The look of Shopify's admin, as design values: the system font stack, greys, tone colours and the
// spacing scale of the `gap` / `padding` keywords. Close to the admin, not a copy of its stylesheets.

export const FONT = `-apple-system, BlinkMacSystemFont, "San Francisco", "Segoe UI", Roboto, "Helvetica Neue", "PingFang SC", "PingFang TC", "Noto Sans CJK SC", "Noto Sans CJK TC", "Microsoft YaHei", sans-serif`;

export const SURFACE = {
  page: '#f1f1f1',
  card: '#ffffff',
  secondary: '#f7f7f7',
  header: '#f3f3f3',
  border: '#e3e3e3',
  borderStrong: '#8a8a8a',
  focus: '#005bd3',
  shadowCard: '0 1px 0 0 rgba(26, 26, 26, 0.07), 0 0 0 1px rgba(0, 0, 0, 0.07)',
  shadowModal: '0 4px 6px -2px rgba(26, 26, 26, 0.2), 0 20px 40px -8px rgba(26, 26, 26, 0.28)',
};

export const TEXT = {
  base: '#303030',
  subdued: '#616161',
  disabled: '#b5b5b5',
  link: '#005bd3',
};

export type Tone = 'auto' | 'neutral' | 'info' | 'success' | 'caution' | 'warning' | 'critical' | 'accent' | 'custom';

/** Per tone: the text colour, a badge's fill and text, a banner's fill and its icon/edge colour. */
export const TONES: Record<Exclude<Tone, 'custom'>, { text: string; badgeBg: string; badgeText: string; bannerBg: string; bannerEdge: string }> = {
  auto: { text: TEXT.base, badgeBg: 'rgba(0, 0, 0, 0.06)', badgeText: '#616161', bannerBg: '#f1f1f1', bannerEdge: '#8a8a8a' },
  neutral: { text: TEXT.subdued, badgeBg: 'rgba(0, 0, 0, 0.06)', badgeText: '#616161', bannerBg: '#f1f1f1', bannerEdge: '#8a8a8a' },
  info: { text: '#00527c', badgeBg: '#e0f0ff', badgeText: '#00527c', bannerBg: '#eaf4ff', bannerEdge: '#0094d5' },
  success: { text: '#0c5132', badgeBg: '#cdfee1', badgeText: '#0c5132', bannerBg: '#ebfaeb', bannerEdge: '#29845a' },
  caution: { text: '#4f4700', badgeBg: '#ffeb78', badgeText: '#4f4700', bannerBg: '#fff8db', bannerEdge: '#e8d000' },
  warning: { text: '#5e4200', badgeBg: '#ffd6a4', badgeText: '#5e4200', bannerBg: '#fff1e3', bannerEdge: '#ffb800' },
  critical: { text: '#8e0b21', badgeBg: '#fedad9', badgeText: '#8e0b21', bannerBg: '#fee9e8', bannerEdge: '#e51c00' },
  accent: { text: '#005bd3', badgeBg: '#e0f0ff', badgeText: '#004299', bannerBg: '#eaf4ff', bannerEdge: '#005bd3' },
};

export const TONE_NAMES = Object.keys(TONES) as (keyof typeof TONES)[];

/** The spacing keywords of `gap`, `padding`… in pixels. */
export const SPACE: Record<string, number> = {
  none: 0,
  'small-500': 1,
  'small-400': 2,
  'small-300': 4,
  'small-200': 6,
  'small-100': 8,
  small: 10,
  base: 12,
  large: 16,
  'large-100': 20,
  'large-200': 24,
  'large-300': 28,
  'large-400': 32,
  'large-500': 40,
};

/** A `gap`-like value ("base", "small-200 large") as CSS lengths; unknown words are dropped. */
export function spaceOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parts = value.trim().split(/\s+/).map((w) => SPACE[w]);
  if (parts.some((p) => p === undefined)) return undefined;
  return parts.map((p) => `${p}px`).join(' ');
}

/** One CSS rule per tone: `:host([tone="info"]) { … }`, built from our own table, never from a prop. */
export function perTone(selector: (tone: string) => string, body: (t: (typeof TONES)[keyof typeof TONES]) => string): string {
  return TONE_NAMES.map((name) => `${selector(name)} { ${body(TONES[name])} }`).join('\n');
}
