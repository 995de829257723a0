// Which of an outlet's labels for an actor characterise it. An office or a role beside a name
// (`Sen.`, `GOP nominee`, `Secretary of Iran's Supreme National Security Council`) tells a reader
// nothing of what the writer thinks; `billionaire` or `the regime` does.
import type { ComparisonRow } from '../aggregate/index.js';
import { isOfficeOnly } from '../actors/person-descriptions.js';

export const characterisingLabels = (r: ComparisonRow) => r.labels.filter((l) => !isOfficeOnly(l.text));

/** An outlet's labels for an actor, those that characterise first, then offices and roles. */
export function labelsInOrder(r: ComparisonRow): { text: string; count: number }[] {
  return [...characterisingLabels(r), ...r.labels.filter((l) => isOfficeOnly(l.text))];
}
