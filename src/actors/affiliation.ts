// Which state or body a title or description ties a person to (`US Secretary of State`,
// `Iraqi Prime Minister`): adjectives and short names of states, nearest one wins.
const TABLE: [string, string][] = [
  ['US|U\\.S\\.|USA|American|America[’\']s|Washington[’\']s|Republican|Democratic', 'united-states'],
  ['Iranian|Iran[’\']s|Iran', 'iran'],
  ['Iraqi|Iraq[’\']s|Iraq', 'iraq'],
  ['Kurdish|Kurdistan|KRG', 'kurdistan-region'],
  ['Israeli|Israel[’\']s|Israel', 'israel'],
  ['Russian|Russia[’\']s|Russia|Kremlin', 'russia'],
  ['British|UK|U\\.K\\.|Britain[’\']s', 'united-kingdom'],
  ['French|France[’\']s', 'france'],
  ['German|Germany[’\']s', 'germany'],
  ['Chinese|China[’\']s', 'china'],
  ['Saudi', 'saudi-arabia'],
  ['Turkish|Turkey[’\']s', 'turkey'],
  ['Syrian|Syria[’\']s', 'syria'],
  ['Lebanese', 'lebanon'],
  ['Afghan|Afghanistan[’\']s', 'afghanistan'],
  ['Pakistani', 'pakistan'],
  ['Indian', 'india'],
  ['Egyptian', 'egypt'],
  ['Qatari', 'qatar'],
  ['Emirati|UAE', 'united-arab-emirates'],
  ['Jordanian', 'jordan'],
  ['Yemeni', 'yemen'],
  ['Bahraini', 'bahrain'],
  ['Kuwaiti', 'kuwait'],
  ['Omani', 'oman'],
  ['Japanese', 'japan'],
  ['Ukrainian', 'ukraine'],
  ['Palestinian', 'palestine'],
  ['North Korean', 'north-korea'],
  ['South Korean', 'south-korea'],
  ['UN|U\\.N\\.|United Nations', 'united-nations'],
  ['EU|European Union', 'european-union'],
  ['NATO', 'nato'],
  ['Hamas', 'hamas'],
  ['Hezbollah', 'hezbollah'],
  ['Taliban', 'taliban'],
  ['ISIL|ISIS|Daesh', 'isil'],
];

// One capture group a row of TABLE: the group that took part in a match says whose it is.
const RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TABLE.map(([alts]) => `(${alts})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The affiliation of TABLE's row whose group took part in a match. */
function rowOf(m: RegExpExecArray): string | null {
  for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return TABLE[k - 1][1];
  return null;
}

/** The affiliation named last in `words` (the one nearest a title that follows them), or null. */
export function affiliationIn(words: string): string | null {
  let found: string | null = null;
  // (The one regex run on from each match, not `matchAll`, which clones it for every call, nor
  // named groups, whose object of some forty properties each match would build.)
  RE.lastIndex = 0;
  for (let m = RE.exec(words); m !== null; m = RE.exec(words)) found = rowOf(m);
  return found;
}
