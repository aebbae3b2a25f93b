// Which Polaris badge tone each level shows in: one scale for the block and the action.
import type { Priority, Tier } from '../../core/model.ts';
import type { RiskLevel } from './orderRisk.ts';

export type BadgeTone = 'critical' | 'warning' | 'caution' | 'info' | 'success' | 'neutral';

export const TIER_TONE: Record<Tier, BadgeTone> = { crisis: 'critical', severe: 'warning', routine: 'info' };
export const PRIORITY_TONE: Record<Priority, BadgeTone> = { urgent: 'critical', high: 'warning', normal: 'info', low: 'neutral' };
export const LEVEL_TONE: Record<RiskLevel, BadgeTone> = { critical: 'critical', warning: 'warning', info: 'info' };
export const toneOf = <K extends string>(table: Record<K, BadgeTone>, key: string): BadgeTone => (Object.hasOwn(table, key) ? table[key as K] : 'neutral');
