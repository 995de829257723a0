// Letters as explicit Latin, Greek and Cyrillic ranges, for regexes that run over every article:
// `[${LETTER}]` without the `u` flag finds the same names in English news as `\p{L}` with it, at a
// fraction of the cost.
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F\\u0391-\\u03A9\\u0400-\\u042F\\u1E00-\\u1EFF';
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
