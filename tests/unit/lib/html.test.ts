/**
 * HTML written as Astro writes it (`src/lib/html.ts`): text escaped as an expression's value,
 * attributes as a dynamic attribute.
 */
import { describe, expect, it } from 'vitest';
import { escapeHTML as astroEscape } from 'astro/runtime/server/escape.js';
import { attr, escapeHtml } from '../../../src/lib/html.ts';

describe('escapeHtml', () => {
  it.each([
    [
      'Mr Blair said it was "time to move on".',
      'Mr Blair said it was &quot;time to move on&quot;.',
    ],
    ["Shares in Marks & Spencer's rival fell", 'Shares in Marks &amp; Spencer&#39;s rival fell'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['“We are not going to be bullied,” he said.', '“We are not going to be bullied,” he said.'],
  ])('%s', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
    expect(escapeHtml(text)).toBe(String(astroEscape(text)));
  });
});

describe('attr', () => {
  it.each([
    ['cite', '/articles/x/#p4', ' cite="/articles/x/#p4"'],
    [
      'content',
      'Marks & Spencer: "a difficult year"',
      ' content="Marks &amp; Spencer: &quot;a difficult year&quot;"',
    ],
    ['content', "Blair's <b>", ` content="Blair's <b>"`],
    ['hidden', '', ' hidden'],
    ['aria-current', undefined, ''],
    ['aria-current', null, ''],
    ['width', 24, ' width="24"'],
  ])('%s=%s', (name, value, html) => {
    expect(attr(name, value)).toBe(html);
  });
});
