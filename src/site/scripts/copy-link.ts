/**
 * Progressive enhancement for permalinks: following a block's `a.permalink` still navigates to its
 * `#id` as usual, and also copies the block's full address to the clipboard and says "Link copied"
 * in the polite live region `[data-copy-status]`. Where the clipboard is unavailable or refused,
 * the link simply navigates.
 */
export function copyPermalink(event: Event): void {
  const link = event.target instanceof Element ? event.target.closest('a.permalink') : null;
  if (!(link instanceof HTMLAnchorElement) || !link.hash) return;
  const status = document.querySelector('[data-copy-status]');
  if (status) status.textContent = '';
  try {
    navigator.clipboard.writeText(location.origin + location.pathname + link.hash).then(
      () => {
        if (status) status.textContent = 'Link copied';
      },
      () => {},
    );
  } catch {
    // No clipboard here (an insecure origin, an old browser): the link still navigates.
  }
}

document.addEventListener('click', copyPermalink);
