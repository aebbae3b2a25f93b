// One problem `fdk validate` (or our review rules) would report. `rule` is stable, so tests and the CI
// log name the rule, not a message wording.
export type Severity = 'error' | 'warning';

export interface Finding {
  rule: string;
  severity: Severity;
  /** The package file it is about, when there is one. */
  file?: string;
  message: string;
}

export const error = (rule: string, message: string, file?: string): Finding => (file ? { rule, severity: 'error', file, message } : { rule, severity: 'error', message });
export const warning = (rule: string, message: string, file?: string): Finding => (file ? { rule, severity: 'warning', file, message } : { rule, severity: 'warning', message });
