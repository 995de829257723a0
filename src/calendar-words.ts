// The names of the weekdays and months as written in English news, for regexes (alternations):
// a capitalised word that is a date, never part of a name or a title.
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Abbreviated months (`Nov. 18`); `May` is its own. */
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** Last words that make a name a day or a season of the calendar (`Election Day`, `Martin Luther
 * King Day`, `Christmas Eve`), in lower case. */
export const CALENDAR_NOUNS: ReadonlySet<string> = new Set(['day', 'eve', 'week', 'weekend', 'night']);
