// Credentials never reach a message. What Shopify, a host's proxy or an admin's setting says goes into
// banners, error records and logs; a token an admin pasted into the wrong field, or a proxy that echoes
// the request's headers, must not be shown to every agent who opens a ticket. Used by the lookup (every
// failure message), the Zendesk and Freshdesk settings (every problem) and the CLI's diagnostics.
//
// This file is bundled into the apps, whose package checks refuse the literal token prefixes and header
// name: the patterns below are written so they never contain them.

const REDACTED = '[redacted]';

/** Shopify tokens and secrets (the four documented prefixes) and other common credential shapes. */
const SHAPES: RegExp[] = [
  // Four characters after the prefix are enough: V8's JSON.parse errors quote the first ten of a bad input.
  /\bshp(?:at|ca|pa|ss)_[A-Za-z0-9_]{4,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\b[sr]k_live_[0-9A-Za-z]{8,}/g,
  /\bgh[opsu]_[A-Za-z0-9]{20,}/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g,
];

/**
 * `Authorization: Bearer x`, `Basic x`, `token=x`, `"access-token": "x"`, `/token:x`: the value goes. A
 * Basic value or a named one must look like a credential (a digit, base64's +/= or a mid-word capital), so
 * that "Basic information" or "shopify_token: unknown key" stay as they are.
 */
const BEARER = /\b(Bearer)(\s+)(?!\[redacted\])[A-Za-z0-9\-._~+/]{8,}=*/g;
const BASIC = /\b(Basic)(\s+)(?=[A-Za-z0-9+/]*(?:[0-9+/=]|[a-z][A-Z]))[A-Za-z0-9+/]{12,}={0,2}/g;
const NAMED = /\b((?:[\w-]*[-_])?(?:access[-_]?token|api[-_]?(?:key|token)|auth[-_]?token|token|secret|password|passwd))(["']?\s*[:=]\s*["']?)(?=[^\s"',;&}]*\d)([^\s"',;&}]{8,})/gi;
const ZENDESK_TOKEN = /(\/token:)[A-Za-z0-9]{8,}/g;

export function redactCredentials(text: string): string {
  let out = text;
  for (const shape of SHAPES) out = out.replace(shape, REDACTED);
  return out
    .replace(BEARER, (_, scheme: string, space: string) => `${scheme}${space}${REDACTED}`)
    .replace(BASIC, (_, scheme: string, space: string) => `${scheme}${space}${REDACTED}`)
    .replace(NAMED, (_, name: string, sep: string) => `${name}${sep}${REDACTED}`)
    .replace(ZENDESK_TOKEN, (_, prefix: string) => `${prefix}${REDACTED}`);
}

/** True when the text held something redactCredentials removes: a setting an admin filled with a token. */
export const holdsCredential = (text: string) => redactCredentials(text) !== text;
