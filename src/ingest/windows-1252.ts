/** What windows-1252 puts at 0x80–0x9F (WHATWG's index; the five bytes it leaves free stay C1). */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** windows-1252 bytes as text: every byte is a character, ISO-8859-1 but for 0x80–0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const step = 8192;
  for (let at = 0; at < bytes.length; at += step) {
    const codes = Array.from(bytes.subarray(at, at + step), (b) => (b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
