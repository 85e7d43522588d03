import * as assert from 'node:assert/strict';
import { escapeHtml, renderTimelineHtml, renderTimelineSvg } from '../../server/src/core/timeline/render';
import { hostileModel } from './fixtures';

/** Text outside <style> and <script nonce> elements the renderer itself writes. */
function markupOnly(html: string): string {
  return html.replace(/<style nonce="[^"]*">[\s\S]*?<\/style>/, '').replace(/<script nonce="[^"]*">[\s\S]*?<\/script>/, '');
}

describe('timeline render', () => {
  it('escapes every user text: no element or attribute comes from the flow or templates', () => {
    const html = renderTimelineHtml(hostileModel(), { nonce: 'n0nce', interactive: true });
    const body = markupOnly(html);
    assert.ok(!/<script(?![^>]*nonce="n0nce")/i.test(body), 'no script element except the nonced one');
    assert.ok(!/<img/i.test(body), 'no img element');
    assert.ok(!/<b>/i.test(body), 'no b element from a button title');
    for (const tag of body.match(/<[a-z][^>]*>/gi) ?? []) {
      // attribute values are escaped, so a handler can only be a real attribute outside quotes
      const outsideQuotes = tag.replace(/"[^"]*"/g, '""');
      assert.ok(!/\son\w+\s*=/i.test(outsideQuotes), `no inline handler attribute in ${tag}`);
    }
    assert.ok(body.includes('&lt;script&gt;window.__pwned = 1&lt;/script&gt;'), 'the hostile body is shown as text');
    assert.ok(body.includes('&lt;img src=x onerror=&quot;window.__imgFired = 1&quot;&gt;'));
  });

  it('has a strict CSP with the given nonce and nothing remote', () => {
    const html = renderTimelineHtml(hostileModel(), { nonce: 'abc"123', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/media/timeline.js' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1].replace(/&#39;/g, "'");
    assert.ok(csp, 'a CSP meta');
    assert.match(csp!, /^default-src 'none'; style-src 'nonce-abc123' https:\/\/file\+\.vscode-resource\.vscode-cdn\.net; script-src 'nonce-abc123' /);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp!));
    assert.ok(!/\b(src|href)="(https?:)?\/\/(?!file\+\.vscode-resource)/.test(html), 'nothing remote');
    for (const m of html.matchAll(/<(script|style)\b([^>]*)>/g)) assert.match(m[2], /nonce="abc123"/, `${m[0]} carries the nonce`);
  });

  it('masks card numbers', () => {
    const html = renderTimelineHtml(hostileModel(), { nonce: 'x' });
    assert.ok(!html.includes('4111 1111 1111 1111'));
    assert.ok(html.includes('4111 11** **** 1111'));
    assert.ok(!renderTimelineSvg(hostileModel()).includes('4111 1111 1111 1111'));
  });

  it('lists events as text, with the violations and their rule ids', () => {
    const html = renderTimelineHtml(hostileModel(), { nonce: 'x' });
    const list = /<ol class="events">([\s\S]*?)<\/ol>/.exec(html)![1];
    assert.equal((list.match(/<li /g) ?? []).length, hostileModel().events.length);
    assert.match(list, /class="ev-violation"[^>]*>[^<]*bye/);
    assert.match(list, /<strong>window\/freeform-after-24h: /);
    assert.match(html, /tabindex="0" role="img" aria-label="/);
  });

  it('path pickers only when interactive, in French when asked', () => {
    assert.ok(!renderTimelineHtml(hostileModel(), { nonce: 'x' }).includes('<select'));
    const fr = renderTimelineHtml(hostileModel('fr'), { nonce: 'x', interactive: true });
    assert.match(fr, /<select id="pick-0" data-step="hi">/);
    assert.match(fr, /<option value="0" selected>&lt;b&gt;Promo&lt;\/b&gt; → promo<\/option>/);
    assert.match(fr, /<html lang="fr">/);
    assert.match(fr, /Fenêtre de service 24 h/);
  });

  it('SVG variant: well-formed text, escaped, no script', () => {
    const svg = renderTimelineSvg(hostileModel());
    assert.ok(svg.startsWith('<?xml'));
    assert.ok(!/<script/i.test(svg));
    assert.ok(!/<img/i.test(svg));
    assert.ok(svg.includes('&lt;script&gt;'));
    // every tag opened is closed (a cheap well-formedness check)
    const opens = (svg.match(/<(svg|g|text|title|style)\b/g) ?? []).length;
    const closes = (svg.match(/<\/(svg|g|text|title|style)>/g) ?? []).length;
    assert.equal(opens, closes);
  });

  it('escapeHtml covers quotes and backticks', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>\`</a>&`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&#96;&lt;/a&gt;&amp;');
  });
});
