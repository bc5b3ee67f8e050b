import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../src/pipeline/render-html.ts';

describe('renderBody', () => {
  it('escapes content and gives each paragraph a stable anchor', () => {
    const html = renderBody([
      { id: 'p1', type: 'paragraph', text: '</p><script>alert("x")</script> & more' },
      { id: 's1', type: 'subhead', text: 'Did the talks hold?' },
    ]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>');
    expect(html).toMatch(/^<p id="p1"><a class="anchor" href="#p1"[^>]*>¶<\/a>/);
    expect(html).toContain('<h2 id="s1">Did the talks hold?</h2>');
  });
});
