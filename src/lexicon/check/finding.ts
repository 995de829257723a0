// What `framelens lexicon check` reports: `file:line:col: message`, with how much it matters. An
// error makes the check fail; a warning is a likely mistake that does no harm to the run; a note
// says what the set does that the user may not expect.
export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  severity: Severity;
  /** `file:line:col: message` */
  text: string;
}

export const error = (text: string): Finding => ({ severity: 'error', text });
export const warning = (text: string): Finding => ({ severity: 'warning', text });
export const note = (text: string): Finding => ({ severity: 'note', text });

/** At most this many characters of an example quoted in a message. */
const QUOTED = 70;

export function quoted(text: string): string {
  return JSON.stringify(text.length > QUOTED ? `${text.slice(0, QUOTED - 1)}…` : text);
}
