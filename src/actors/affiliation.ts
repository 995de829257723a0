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

const RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TABLE.map(([alts], i) => `(?<g${i}>${alts})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The affiliation named last in `words` (the one nearest a title that follows them), or null. */
export function affiliationIn(words: string): string | null {
  let found: string | null = null;
  for (const m of words.matchAll(RE)) {
    const groups = m.groups ?? {};
    const i = TABLE.findIndex((_, k) => groups[`g${k}`] !== undefined);
    if (i >= 0) found = TABLE[i][1];
  }
  return found;
}
