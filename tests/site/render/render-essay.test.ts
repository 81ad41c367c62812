import { describe, expect, it } from 'vitest';
import { blockIds } from '../../../src/corpus/essay/block-ids.ts';
import { parseEssay } from '../../../src/corpus/essay/parse-essay.ts';
import { renderEssay } from '../../../src/site/render/render-essay.ts';

describe('renderEssay', () => {
  it('shows a URL or an e-mail address in the essay as text, never as a link', () => {
    const markdown = 'Visit https://example.com/x or www.example.org, or write to a@example.com.\n';
    const html = renderEssay(markdown, { ids: blockIds(parseEssay(markdown, 'e.md')) });
    expect(html).toContain('https://example.com/x or www.example.org, or write to a@example.com.');
    expect(html.match(/<a /g)).toHaveLength(1); // the paragraph's own permalink
    expect(html).not.toMatch(/href="(https?:|mailto:)/);
  });
});
