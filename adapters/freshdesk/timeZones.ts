// Freshdesk stores a contact's zone under Rails' display names ("Beijing", "Taipei"), not IANA names. The
// core only accepts IANA zones (reply drafts name due times in them), so the names our customers use
// most are translated here; anything else that is not already an IANA name is dropped, not guessed.
const RAILS_TO_IANA: Record<string, string> = {
  Beijing: 'Asia/Shanghai',
  Chongqing: 'Asia/Chongqing',
  Urumqi: 'Asia/Urumqi',
  'Hong Kong': 'Asia/Hong_Kong',
  Taipei: 'Asia/Taipei',
  Singapore: 'Asia/Singapore',
  'Kuala Lumpur': 'Asia/Kuala_Lumpur',
  Tokyo: 'Asia/Tokyo',
  Seoul: 'Asia/Seoul',
  London: 'Europe/London',
  UTC: 'Etc/UTC',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Central Time (US & Canada)': 'America/Chicago',
  'Mountain Time (US & Canada)': 'America/Denver',
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
  Sydney: 'Australia/Sydney',
};

function isIana(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function ianaZoneOf(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  const mapped = RAILS_TO_IANA[name.trim()];
  if (mapped) return mapped;
  return isIana(name.trim()) ? name.trim() : undefined;
}
