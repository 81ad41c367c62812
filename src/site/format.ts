/** Formats an ISO date (YYYY-MM-DD) for people, without time zone surprises. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** "1 minute", "2 minutes". */
export function minutes(n: number): string {
  return `${n} minute${n === 1 ? '' : 's'}`;
}

/** A number with thousands separators. */
export function count(n: number): string {
  return new Intl.NumberFormat('en').format(n);
}
