// The names of the weekdays and months as written in English news, for regexes (alternations):
// a capitalised word that is a date, never part of a name or a title.
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Abbreviated months (`Nov. 18`); `May` is its own. */
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
