// Publication dates as days since the epoch (read by the story grouping and the manifest reader).
const DAY_MS = 86_400_000;

/** Days since the epoch of an ISO date or date-time, or null when it cannot be read. */
export function dayOf(published: string | undefined): number | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Date.parse(published);
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
