// An organisation is also named by its initials: `the National Rifle Association … the NRA`,
// `Citizens for Responsibility and Ethics in Washington (CREW)`. Only the initials of a name the
// article writes in full count, so an acronym is never taken for someone new of its own.

/** Small words a name's initials leave out (`NAACP`: National Association for the Advancement of …). */
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'at', '&']);
/** Fewer letters are too often something else (`US`, `AP`, `PR`). */
const MIN_LETTERS = 3;

/** The initials of a name of capitalised words (`FWS` for `Fish and Wildlife Service`), or null
 *  when some word is neither capitalised nor a small word, or when there are too few. */
export function initialsOf(name: string): string | null {
  let initials = '';
  for (const word of name.split(/\s+/)) {
    if (SMALL_WORDS.has(word)) continue;
    if (!/^\p{Lu}/u.test(word)) return null;
    initials += word[0];
  }
  return initials.length >= MIN_LETTERS ? initials : null;
}
