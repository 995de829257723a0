// Whether two first names may be one person's: the same name, or a short form the names lexicon
// lists for the other (`Liz` for Elizabeth, `Bob` for Robert), so that `Bob Sanders` beside
// `Robert Sanders` is one person, not two.

export function sameGivenName(a: string, b: string, nicknames: ReadonlyMap<string, readonly string[]> | undefined): boolean {
  if (a === b) return true;
  const la = a.toLowerCase(), lb = b.toLowerCase();
  const fullA = nicknames?.get(la), fullB = nicknames?.get(lb);
  // (`Kate` and `Kathy` are both short for Katherine.)
  return !!fullA?.includes(lb) || !!fullB?.includes(la) || !!fullA?.some((f) => fullB?.includes(f));
}
