// Apply: write the triage back to the ticket. Idempotent by construction: it reads the ticket's
// current priority, tags and mapped fields, and only writes what differs. A priority the agent set by
// hand is never replaced unless the caller passes `confirmPriority` (the UI asks first).
import type { Priority, Triage } from '../../core/index.ts';
import { customFieldPath } from './ticketData.ts';
import type { AppSettings } from './settings.ts';
import type { ZafClient } from './zaf.ts';

export const tierTag = (tier: string) => `cd_tier_${tier}`;
export const categoryTag = (category: string) => `cd_cat_${category}`;
export const riskTag = (risk: string) => `cd_risk_${risk}`;
/** The tag that marks a ticket's priority as set by us (so a later re-apply may update it). */
export const NOTE_MARKER = '[Complaint Desk]';

export interface CurrentState {
  priority?: Priority | undefined;
  tags: string[];
  fields: Record<string, string | undefined>;
  /** Internal notes already on the ticket (plain text), to avoid adding the same note twice. */
  notes?: string[];
}

export interface ApplyPlan {
  setPriority?: Priority;
  /** Set when the agent's own priority differs and no confirm was given: nothing is written for it. */
  priorityNeedsConfirm?: { current: Priority; proposed: Priority };
  addTags: string[];
  setFields: Record<string, string>;
  note?: string;
}

export function tagsFor(triage: Pick<Triage, 'tier' | 'category' | 'risks'>): string[] {
  return [tierTag(triage.tier), categoryTag(triage.category), ...triage.risks.map((r) => riskTag(r.id))];
}

/** A priority is ours when our tier tag is on the ticket: we set it at the last apply. */
function ourPriority(state: CurrentState): boolean {
  return state.tags.some((t) => t.startsWith('cd_tier_'));
}

export function planApply(
  triage: Pick<Triage, 'tier' | 'category' | 'risks' | 'priority'>,
  state: CurrentState,
  settings: Pick<AppSettings, 'tierFieldId' | 'categoryFieldId' | 'addInternalNote'>,
  options: { confirmPriority?: boolean; note?: string } = {},
): ApplyPlan {
  const plan: ApplyPlan = { addTags: [], setFields: {} };
  if (state.priority !== triage.priority) {
    const manual = state.priority !== undefined && !ourPriority(state);
    if (!manual || options.confirmPriority) plan.setPriority = triage.priority;
    else plan.priorityNeedsConfirm = { current: state.priority!, proposed: triage.priority };
  }
  const have = new Set(state.tags.map((t) => t.toLowerCase()));
  plan.addTags = tagsFor(triage).filter((t) => !have.has(t));
  // Dropdown option values are the tags themselves (requirements.json), so the field and tag agree.
  if (settings.tierFieldId && state.fields[settings.tierFieldId] !== tierTag(triage.tier)) plan.setFields[settings.tierFieldId] = tierTag(triage.tier);
  if (settings.categoryFieldId && state.fields[settings.categoryFieldId] !== categoryTag(triage.category))
    plan.setFields[settings.categoryFieldId] = categoryTag(triage.category);
  if (settings.addInternalNote && options.note && !(state.notes ?? []).some((n) => n.includes(options.note!.split('\n')[0]!))) plan.note = options.note;
  return plan;
}

export const planIsEmpty = (plan: ApplyPlan) =>
  plan.setPriority === undefined && plan.addTags.length === 0 && Object.keys(plan.setFields).length === 0 && plan.note === undefined;

/** A one-paragraph internal note; its first line is stable per tier/category so re-applying finds it. */
export function noteText(triage: Triage): string {
  const head = `${NOTE_MARKER} ${triage.tier} · ${triage.category} · ${triage.priority}`;
  const risks = triage.risks.length ? `Risks: ${triage.risks.map((r) => r.id).join(', ')}` : 'Risks: none';
  const reasons = triage.reasons.map((r) => `- ${r.text}`).join('\n');
  return `${head}\n${risks}\n${reasons}`;
}

/** Writes a plan: one `set` for priority and fields together, one `invoke` for the tags, one note. */
export async function executePlan(client: ZafClient, plan: ApplyPlan, ticketId: string | undefined): Promise<void> {
  const set: Record<string, unknown> = {};
  if (plan.setPriority) set['ticket.priority'] = plan.setPriority;
  for (const [id, value] of Object.entries(plan.setFields)) set[customFieldPath(id)] = value;
  if (Object.keys(set).length > 0) await client.set(set);
  if (plan.addTags.length > 0) await client.invoke('ticket.tags.add', plan.addTags);
  if (plan.note && ticketId && ticketId !== 'new') {
    // The Support API, not the composer: the agent's draft in the editor is never touched.
    await client.request({
      url: `/api/v2/tickets/${encodeURIComponent(ticketId)}.json`,
      type: 'PUT',
      contentType: 'application/json',
      data: JSON.stringify({ ticket: { comment: { body: plan.note, public: false } } }),
    });
  }
}
