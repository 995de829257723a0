// Which of an outlet's labels for an actor characterise it: those holding a loaded term of the
// lexicons (`hawkish US Republican Senator`, `the regime`), decided once by the aggregate. An office
// or a role beside a name (`Sen.`, `GOP nominee`, `Secretary of Iran's Supreme National Security
// Council`) tells a reader nothing of what the writer thinks.
import type { ComparisonRow } from '../aggregate/index.js';

export const characterisingLabels = (r: ComparisonRow) => r.labels.filter((l) => l.loaded);

/** An outlet's labels for an actor, those that characterise first, then offices and roles. */
export function labelsInOrder(r: ComparisonRow): ComparisonRow['labels'] {
  return [...characterisingLabels(r), ...r.labels.filter((l) => !l.loaded)];
}
