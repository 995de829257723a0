// A made-up corpus for timing story grouping at scale: stories of 1–4 outlets' articles, each
// story with its own words (six drawn from a large vocabulary, four from a pool of topical words
// many stories share) and two actors, every article padded with common words (Zipf-distributed),
// dates spread over two years. Deterministic (fixed seed).
const SYLLABLES = ['ba', 'ke', 'lo', 'mi', 'nu', 'ra', 'te', 'vo', 'zi', 'pa', 'go', 'de', 'fu', 'ha', 'jo', 'ly'];

function word(i) {
  let w = '';
  let n = i + SYLLABLES.length;
  while (n > 0) {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${w}n`; // a final consonant: no plural folding, no stopword
}

/** A small 32-bit generator (mulberry32): repeatable uniform numbers in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticStories(articles, seed = 42) {
  const rand = mulberry32(seed);
  const zipf = (n) => Math.floor(n ** rand()) - 1; // rank ~ 1/x
  const outlets = ['Outlet A', 'Outlet B', 'Outlet C', 'Outlet D'];
  const out = [];
  let story = 0;
  while (out.length < articles) {
    const own = Array.from({ length: 6 }, () => word(10000 + Math.floor(rand() * 200000)));
    const topical = Array.from({ length: 4 }, () => word(5000 + zipf(2000)));
    const topic = [...own, ...topical];
    const actors = Array.from({ length: 2 }, () => `${word(300000 + zipf(5000))} ${word(400000 + Math.floor(rand() * 50000))}`);
    const day = Math.floor(rand() * 730);
    const covered = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < covered && out.length < articles; k++) {
      const words = [];
      for (let w = 0; w < 250; w++) {
        const r = rand();
        words.push(r < 0.12 ? topic[Math.floor(rand() * topic.length)] : r < 0.15 ? actors[Math.floor(rand() * 2)] : word(zipf(5000)));
      }
      const date = new Date(Date.UTC(2020, 0, 1 + day + Math.floor(rand() * 3))).toISOString().slice(0, 10);
      out.push({ id: `syn${out.length}`, outlet: outlets[k], published: date, text: words.join(' '), story: `t${story}` });
    }
    story++;
  }
  return out;
}
