// Locale keys named after core values, listed so a new owner in the core is a type error here rather than
// a raw key on screen.
import type { Owner } from '../../core/model.ts';

export const OWNER_KEYS: Record<Owner, string> = { agent: 'owner.agent', supervisor: 'owner.supervisor', crisis_team: 'owner.crisis_team' };
