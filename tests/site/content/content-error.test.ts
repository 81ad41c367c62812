import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/corpus/content-error.ts';
import { contentErrorPage } from '../../../src/site/content/content-error-page.ts';
import { clearContentError, contentError, setContentError } from '../../../src/site/content/content-error-state.ts';

describe('content errors in astro dev', () => {
  it('stand while any collection has one, and clear when it loads again', () => {
    const error = new ContentError('content/reposts/gate/essay.md', 'paragraph text differs', 17);
    expect(contentError()).toBeUndefined();
    setContentError('reposts', error);
    expect(contentError()).toBe(error);
    clearContentError('essay');
    expect(contentError()).toBe(error);
    clearContentError('reposts');
    expect(contentError()).toBeUndefined();
  });

  it('show as a page with the one-line message, escaped, and the reload client under the base path', () => {
    const page = contentErrorPage('content/reposts/gate/essay.md:17: the capture has «<b>&»', '/recension/');
    expect(page).toContain('<pre>content/reposts/gate/essay.md:17: the capture has «&#60;b&#62;&#38;»</pre>');
    expect(page).toContain('<script type="module" src="/recension/@vite/client"></script>');
  });
});
