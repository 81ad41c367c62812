/**
 * Keyboard enhancement for the compare page: `n` and `p` jump to the next and previous change.
 * Without JavaScript the "Next change" / "Previous change" links in every row do the same, from
 * one part of a long comparison to the next.
 * Single-key shortcuts must be possible to turn off (WCAG 2.1.4), hence the checkbox, whose
 * state is remembered.
 */
export function enableChangeKeys(): void {
  const toggle = document.querySelector<HTMLInputElement>('#shortcuts');
  const changes = [...document.querySelectorAll<HTMLElement>('[data-row].change')];
  if (!toggle || changes.length === 0) return;
  toggle.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  toggle.checked = localStorage.getItem('recension-shortcuts') !== 'off';
  toggle.addEventListener('change', () => localStorage.setItem('recension-shortcuts', toggle.checked ? 'on' : 'off'));

  document.addEventListener('keydown', (event) => {
    if (!toggle.checked || event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'n' && event.key !== 'p')) return;
    if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
    const current = changes.findIndex((row) => row.id === location.hash.slice(1) || row.contains(document.activeElement));
    const fromView = changes.findIndex((row) => row.getBoundingClientRect().top > 1);
    const index =
      event.key === 'n'
        ? current >= 0
          ? current + 1
          : fromView >= 0
            ? fromView
            : changes.length
        : current >= 0
          ? current - 1
          : (fromView >= 0 ? fromView : changes.length) - 1;
    const target = changes[index];
    if (!target) {
      // Past this part's first or last change: a long comparison goes on in the part its link names.
      const edge = event.key === 'n' ? changes.at(-1) : changes[0];
      const onward = edge?.querySelector<HTMLAnchorElement>(event.key === 'n' ? 'a.next-change' : 'a.prev-change');
      if (onward) location.href = onward.href;
      return;
    }
    event.preventDefault();
    const details = target.closest('details');
    if (details) details.open = true;
    location.hash = target.id; // scrolls and updates :target, like following the row's own link
    target.focus({ preventScroll: true });
  });
}
