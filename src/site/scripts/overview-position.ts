/**
 * Enhancement for the compare page's overview strip: the link of the row at the top of the
 * window is marked `aria-current="location"`, so the strip shows where the reader is. Without
 * JavaScript the strip still links to every row and marks the `:target` one.
 */
export function trackOverviewPosition(): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.strip a[href^="#"]')) links.set(a.hash.slice(1), a);
  const rows = [...document.querySelectorAll<HTMLElement>('[data-row]')].filter((row) => links.has(row.id));
  if (rows.length === 0 || !('IntersectionObserver' in window)) return;
  const visible = new Set<HTMLElement>();
  let current: HTMLAnchorElement | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) e.isIntersecting ? visible.add(e.target as HTMLElement) : visible.delete(e.target as HTMLElement);
      const top = rows.find((row) => visible.has(row));
      const link = top && links.get(top.id);
      if (link === current) return;
      current?.removeAttribute('aria-current');
      link?.setAttribute('aria-current', 'location');
      current = link;
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const row of rows) observer.observe(row);
}
