import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { renderTimelineHtml } from '../../server/src/core/timeline/render';
import { hostileModel } from '../timeline/fixtures';

/**
 * The rendered timeline in a real headless Chromium (Debian package `chromium`,
 * never a downloaded browser): hostile template text must not run, the event
 * list must be visible text. Run with `npm run test:browser`.
 */
const CHROMIUM = '/usr/bin/chromium';
const root = join(__dirname, '..', '..', '..');

describe('timeline HTML in headless Chromium', function () {
  this.timeout(60_000);
  let browser: BrowserContext;
  let profile: string;
  let pageDir: string;

  before(async function () {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    profile = mkdtempSync(join(tmpdir(), 'walint-chromium-'));
    pageDir = mkdtempSync(join(tmpdir(), 'walint-page-'));
    // a fresh profile directory per run (playwright passes it as --user-data-dir)
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (pageDir) rmSync(pageDir, { recursive: true, force: true });
  });

  it('shows hostile text as text, runs none of it, and lists the events', async () => {
    const html = renderTimelineHtml(hostileModel(), { nonce: 'dGVzdC1ub25jZQ==', interactive: true });
    const file = join(pageDir, 'timeline.html');
    writeFileSync(file, html);
    const page = await browser.newPage();
    const blockedRequests: string[] = [];
    const cspViolations: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) blockedRequests.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto('file://' + file);
    await page.waitForLoadState('load');
    // (string expressions: the test is compiled without DOM types)
    const flags = (await page.evaluate('({ pwned: window.__pwned, img: window.__imgFired, imgs: document.images.length, scripts: document.scripts.length })')) as { pwned: unknown; img: unknown; imgs: number; scripts: number };
    assert.equal(flags.pwned, undefined, 'the hostile <script> did not run');
    assert.equal(flags.img, undefined, 'the hostile onerror did not fire');
    assert.equal(flags.imgs, 0, 'no <img> element was created');
    assert.equal(flags.scripts, 1, 'only the renderer\'s nonced script');
    assert.deepEqual(blockedRequests, [], 'no request leaves the page');

    const listText = await page.locator('ol.events').innerText();
    assert.ok(await page.locator('ol.events').isVisible());
    assert.ok(listText.includes('<script>window.__pwned = 1</script>'), 'the template body is shown as text');
    assert.ok(listText.includes('window/freeform-after-24h'));
    assert.ok(!listText.includes('4111 1111 1111 1111'), 'card number masked');

    // keyboard: marks are focusable and arrow keys move between them
    await page.locator('.mark').first().focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate('document.activeElement && document.activeElement.getAttribute("data-index")');
    assert.equal(focused, '1');
    assert.deepEqual(cspViolations.filter((v) => !/inline event handler|script-src/.test(v)), []);

    mkdirSync(join(root, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-output', 'timeline.png'), fullPage: true });
    await page.close();
  });

  it('the nonced style applies (the theme variables resolve)', async () => {
    const page = await browser.newPage();
    writeFileSync(join(pageDir, 'style.html'), renderTimelineHtml(hostileModel(), { nonce: 'c3R5bGU=' }));
    await page.goto('file://' + join(pageDir, 'style.html'));
    const fill = await page.evaluate('getComputedStyle(document.querySelector(".band-csw")).fill');
    assert.notEqual(fill, 'rgb(0, 0, 0)', 'band colour comes from the stylesheet');
    await page.close();
  });
});
