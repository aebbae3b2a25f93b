// Evidence highlighting as plain data: a text cut into segments, some marked. Apps render each
// segment as a text node (React children, textContent), so nothing the customer wrote is ever parsed
// as HTML.
import type { Evidence, EvidenceSource } from '../../core/index.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Cuts `text` at the given [start, end) spans (overlaps merged, out-of-range clipped). */
export function segments(text: string, spans: readonly { start: number; end: number }[]): Segment[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: Segment[] = [];
  let cursor = 0;
  for (const s of merged) {
    if (s.start > cursor) out.push({ text: text.slice(cursor, s.start), mark: false });
    out.push({ text: text.slice(s.start, s.end), mark: true });
    cursor = s.end;
  }
  if (cursor < text.length || out.length === 0) out.push({ text: text.slice(cursor), mark: false });
  return out;
}

/** The spans of `evidence` that point into `source`, checked against the text they claim to quote. */
export function spansIn(source: EvidenceSource, text: string, evidence: readonly Evidence[]): { start: number; end: number }[] {
  return evidence
    .filter((e) => e.source === source && e.start !== undefined && e.end !== undefined && text.slice(e.start, e.end) === e.text)
    .map((e) => ({ start: e.start!, end: e.end! }));
}

/** A short window of text around one piece of evidence, the evidence marked: "…it started <smoking> yesterday…". */
export function snippet(text: string, start: number, end: number, radius = 24): Segment[] {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const out: Segment[] = [];
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  if (before) out.push({ text: (from > 0 ? '…' : '') + before, mark: false });
  else if (from > 0) out.push({ text: '…', mark: false });
  out.push({ text: text.slice(start, end), mark: true });
  if (after || to < text.length) out.push({ text: after + (to < text.length ? '…' : ''), mark: false });
  return out;
}
