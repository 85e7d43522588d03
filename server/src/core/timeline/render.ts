import { HOUR } from '../model/duration';
import { maskCardNumbers } from '../util/mask';
import { formatDelay } from './analysis';
import type { TimelineEvent, TimelineModel } from './engine';

/**
 * Renders a timeline model (./engine.ts) as a standalone HTML page or SVG image.
 * Pure: strings in, string out. Used by `walint timeline` and by the VS Code webview.
 *
 * Security: a strict Content-Security-Policy (`default-src 'none'`, style and script
 * only with the caller's nonce, nothing remote), no inline event handlers, and every
 * piece of user text (step ids, messages, template bodies, labels) goes through
 * `text()`, which masks card numbers and escapes HTML.
 */

export interface RenderOptions {
  /** Nonce for the page's <style> and <script> (the webview passes its own). */
  nonce: string;
  /** The webview's `cspSource` (allows its local resources: the script at `scriptUri`). */
  cspSource?: string;
  /** A script to load (webview); only local to the webview (`cspSource`). */
  scriptUri?: string;
  /** Show path pickers (select elements) for decision steps. */
  interactive?: boolean;
  /** The webview's state (accepted for the caller's convenience; the model already reflects it). */
  state?: unknown;
  /** Title of the page (defaults to the flow id). */
  title?: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escape for HTML/XML text and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}

/** User text for display: card numbers masked, control characters dropped, escaped. */
function text(s: unknown): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(maskCardNumbers(String(s ?? '')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
}

/** A nonce or CSP source must not be able to break out of the attribute or the policy. */
function safeToken(s: string | undefined): string {
  return (s ?? '').replace(/[^A-Za-z0-9+/=_\-.:]/g, '');
}

function safeSource(s: string | undefined): string {
  return (s ?? '').replace(/[^A-Za-z0-9+/=_\-.:*]/g, '');
}

const L = {
  en: {
    title: 'Conversation timeline', trigger: 'trigger', total: 'Estimated cost of this path', csw: '24h service window', fep: 'Free entry point', user: 'User', bot: 'Business', waits: 'Waits',
    events: 'Events', notes: 'Notes', violations: 'violations', none: 'No violation on this path.', free: 'free', unknown: 'price unknown', since: 'since the user\'s last message', noUser: 'no user message yet',
    kinds: { user: 'User message', message: 'Message', wait: 'Wait', timeout: 'No answer (timeout)', handoff: 'Handoff', end: 'End' },
    freeForm: 'free-form', template: 'template', open: 'window open', closed: 'window closed', path: 'Path', chosen: 'way taken at',
  },
  fr: {
    title: 'Chronologie de la conversation', trigger: 'déclencheur', total: 'Coût estimé de ce chemin', csw: 'Fenêtre de service 24 h', fep: 'Point d\'entrée gratuit', user: 'Utilisateur', bot: 'Entreprise', waits: 'Attentes',
    events: 'Événements', notes: 'Remarques', violations: 'violations', none: 'Aucune violation sur ce chemin.', free: 'gratuit', unknown: 'prix inconnu', since: 'depuis le dernier message de l\'utilisateur', noUser: 'aucun message de l\'utilisateur encore',
    kinds: { user: 'Message de l\'utilisateur', message: 'Message', wait: 'Attente', timeout: 'Pas de réponse (délai)', handoff: 'Transfert', end: 'Fin' },
    freeForm: 'libre', template: 'template', open: 'fenêtre ouverte', closed: 'fenêtre fermée', path: 'Chemin', chosen: 'sortie prise à',
  },
};

type Labels = (typeof L)['en'];

function labels(model: TimelineModel): Labels {
  return model.locale === 'fr' ? L.fr : L.en;
}

/** `+2h 30m`, or an absolute UTC time when the model has a start date. */
function when(model: TimelineModel, at: number): string {
  if (model.startIso) {
    const d = new Date(Date.parse(model.startIso) + at * 1000);
    if (!Number.isNaN(d.getTime())) return d.toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
  }
  return `+${formatDelay(at)}`;
}

function money(model: TimelineModel, v: number | undefined, l: Labels): string {
  if (v === undefined) return l.unknown;
  if (v === 0) return l.free;
  return `${v.toFixed(4).replace(/0+$/, '').replace(/\.$/, '')} ${model.currency}`;
}

function eventClass(e: TimelineEvent): string {
  if (e.kind !== 'message') return e.kind;
  if (e.violations.length) return 'message violation';
  if (e.form === 'free-form') return 'message free-form';
  return `message template cat-${(e.template?.category ?? 'unknown').toLowerCase()}`;
}

/** One line of plain text per event (also the marks' accessible names). */
function describe(model: TimelineModel, e: TimelineEvent, l: Labels): string {
  const t = when(model, e.at);
  switch (e.kind) {
    case 'user':
      return `${t} · ${l.kinds.user}${e.text ? `: ${e.text}` : ''}${e.step ? ` (${e.step})` : ''}`;
    case 'message': {
      const form = e.form === 'template' ? `${l.template} ${e.template?.name ?? ''}${e.template?.category ? ` [${e.template.category}]` : ''}` : l.freeForm;
      const since = Number.isFinite(e.sinceUser) ? `${formatDelay(e.sinceUser)} ${l.since}` : l.noUser;
      return `${t} · ${e.step} · ${form} · ${since} · ${e.cswOpen ? l.open : l.closed} · ${money(model, e.price, l)}${e.text ? ` · “${e.text}”` : ''}`;
    }
    case 'wait':
      return `${t} · ${l.kinds.wait} ${formatDelay(e.duration)} (${e.step})`;
    case 'timeout':
      return `${t} · ${l.kinds.timeout} ${formatDelay(e.duration)} (${e.step})`;
    case 'handoff':
      return `${t} · ${l.kinds.handoff}: ${e.to} (${e.step})`;
    case 'end':
      return `${t} · ${l.kinds.end}${e.step ? ` (${e.step})` : ''}${e.note ? ` — ${e.note}` : ''}`;
  }
}

const WIDTH = 960;
const LEFT = 150;
const RIGHT = 20;
const ROWS = { axis: 30, csw: 48, fep: 76, user: 118, bot: 158, wait: 196 };
const HEIGHT = 230;

function niceStep(span: number): number {
  const steps = [60, 300, 900, 1800, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR, 48 * HOUR, 7 * 24 * HOUR, 30 * 24 * HOUR];
  return steps.find((s) => span / s <= 10) ?? steps[steps.length - 1];
}

/** The chart as an <svg> element (inline in HTML, or as a whole SVG document). */
function chart(model: TimelineModel, l: Labels, standalone: boolean): string {
  const span = Math.max(model.duration * 1.08, HOUR);
  const x = (t: number) => LEFT + (Math.min(Math.max(t, 0), span) / span) * (WIDTH - LEFT - RIGHT);
  const out: string[] = [];
  const size = standalone ? ` width="${WIDTH}" height="${HEIGHT}"` : '';
  out.push(`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}"${size} preserveAspectRatio="xMinYMin meet" role="group" aria-label="${text(l.title)}">`);
  // axis and ticks
  const step = niceStep(span);
  out.push(`<line class="axis" x1="${LEFT}" y1="${ROWS.axis}" x2="${WIDTH - RIGHT}" y2="${ROWS.axis}"/>`);
  for (let t = 0; t <= span; t += step) {
    out.push(`<line class="tick" x1="${x(t).toFixed(1)}" y1="${ROWS.axis - 4}" x2="${x(t).toFixed(1)}" y2="${HEIGHT - 10}"/>`);
    out.push(`<text class="tick-label" x="${x(t).toFixed(1)}" y="${ROWS.axis - 8}" text-anchor="middle">${text(`+${formatDelay(t)}`)}</text>`);
  }
  // row labels
  const rowLabel = (y: number, s: string) => out.push(`<text class="row-label" x="8" y="${y + 4}">${text(s)}</text>`);
  rowLabel(ROWS.csw, l.csw);
  rowLabel(ROWS.fep, l.fep);
  rowLabel(ROWS.user, l.user);
  rowLabel(ROWS.bot, l.bot);
  rowLabel(ROWS.wait, l.waits);
  // window bands
  for (const w of model.windows) {
    const y = w.kind === 'csw' ? ROWS.csw : ROWS.fep;
    const x1 = x(w.start);
    const x2 = x(w.end);
    const name = `${w.kind === 'csw' ? l.csw : l.fep}: ${when(model, w.start)} → ${when(model, w.end)}`;
    out.push(`<rect class="band band-${w.kind}" x="${x1.toFixed(1)}" y="${y - 9}" width="${Math.max(1, x2 - x1).toFixed(1)}" height="18" rx="3"><title>${text(name)}</title></rect>`);
  }
  // marks
  model.events.forEach((e, i) => {
    const name = describe(model, e, l) + (e.kind === 'message' && e.violations.length ? ` — ${e.violations.map((v) => `${v.rule}: ${v.message}`).join(' ')}` : '');
    const a = `class="mark ${eventClass(e)}" tabindex="0" role="img" aria-label="${text(name)}" data-index="${i}"${e.step ? ` data-step="${text(e.step)}"` : ''}`;
    const cx = x(e.at).toFixed(1);
    switch (e.kind) {
      case 'user':
        out.push(`<g ${a}><circle cx="${cx}" cy="${ROWS.user}" r="7"/><title>${text(name)}</title></g>`);
        break;
      case 'message':
        if (e.form === 'template') out.push(`<g ${a}><rect x="${(+cx - 7).toFixed(1)}" y="${ROWS.bot - 7}" width="14" height="14" rx="2"/><title>${text(name)}</title></g>`);
        else out.push(`<g ${a}><path d="M ${cx} ${ROWS.bot - 8} l 8 8 l -8 8 l -8 -8 z"/><title>${text(name)}</title></g>`);
        if (e.violations.length) out.push(`<text class="violation-label" x="${cx}" y="${ROWS.bot + 22}" text-anchor="middle">!</text>`);
        break;
      case 'wait':
      case 'timeout': {
        const x2 = x(e.at + e.duration);
        out.push(`<g ${a}><rect x="${cx}" y="${ROWS.wait - 5}" width="${Math.max(2, x2 - +cx).toFixed(1)}" height="10" rx="2"/><title>${text(name)}</title></g>`);
        break;
      }
      case 'handoff':
        out.push(`<g ${a}><rect x="${(+cx - 5).toFixed(1)}" y="${ROWS.bot - 14}" width="10" height="4"/><title>${text(name)}</title></g>`);
        break;
      case 'end':
        out.push(`<g ${a}><line x1="${cx}" y1="${ROWS.user - 12}" x2="${cx}" y2="${ROWS.wait + 8}"/><title>${text(name)}</title></g>`);
        break;
    }
  });
  out.push('</svg>');
  return out.join('');
}

const CSS = `
:root {
  --bg: var(--vscode-editor-background, #ffffff);
  --fg: var(--vscode-editor-foreground, #1f2328);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, #d0d7de);
  --focus: var(--vscode-focusBorder, #0969da);
  --csw: var(--vscode-charts-green, #1a7f37);
  --fep: var(--vscode-charts-blue, #0969da);
  --user: var(--vscode-charts-purple, #8250df);
  --freeform: var(--vscode-charts-foreground, #57606a);
  --marketing: var(--vscode-charts-orange, #bc4c00);
  --utility: var(--vscode-charts-blue, #0969da);
  --authentication: var(--vscode-charts-yellow, #9a6700);
  --error: var(--vscode-errorForeground, #cf222e);
  --font: var(--vscode-font-family, system-ui, sans-serif);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: var(--vscode-editor-background, #0d1117);
    --fg: var(--vscode-editor-foreground, #e6edf3);
    --muted: var(--vscode-descriptionForeground, #9198a1);
    --border: var(--vscode-panel-border, #3d444d);
    --focus: var(--vscode-focusBorder, #4493f8);
    --csw: var(--vscode-charts-green, #3fb950);
    --fep: var(--vscode-charts-blue, #4493f8);
    --user: var(--vscode-charts-purple, #ab7df8);
    --freeform: var(--vscode-charts-foreground, #9198a1);
    --marketing: var(--vscode-charts-orange, #f0883e);
    --utility: var(--vscode-charts-blue, #4493f8);
    --authentication: var(--vscode-charts-yellow, #d29922);
    --error: var(--vscode-errorForeground, #f85149);
  }
}
body { background: var(--bg); color: var(--fg); font-family: var(--font); margin: 0; padding: 12px 16px; }
h1 { font-size: 1.2em; margin: 0 0 4px; }
.summary { color: var(--muted); margin: 0 0 12px; }
.layout { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.chart-wrap { flex: 1 1 640px; overflow-x: auto; border: 1px solid var(--border); border-radius: 4px; }
.chart { display: block; width: 100%; min-width: 600px; height: auto; }
.side { flex: 1 1 300px; max-width: 520px; }
.axis, .tick { stroke: var(--border); }
.tick { stroke-dasharray: 2 4; }
.tick-label, .row-label { fill: var(--muted); font-size: 11px; }
.band-csw { fill: var(--csw); fill-opacity: .25; stroke: var(--csw); }
.band-fep { fill: var(--fep); fill-opacity: .25; stroke: var(--fep); }
.mark { cursor: default; }
.mark:focus { outline: none; }
.mark:focus > *, .mark:hover > * { stroke: var(--focus); stroke-width: 3; }
.mark.user circle { fill: var(--user); }
.mark.free-form path { fill: var(--freeform); }
.mark.cat-marketing rect { fill: var(--marketing); }
.mark.cat-utility rect { fill: var(--utility); }
.mark.cat-authentication rect { fill: var(--authentication); }
.mark.cat-unknown rect { fill: var(--muted); }
.mark.violation path, .mark.violation rect { fill: var(--error); }
.violation-label { fill: var(--error); font-weight: bold; }
.mark.wait rect { fill: var(--muted); fill-opacity: .5; }
.mark.timeout rect { fill: var(--marketing); fill-opacity: .4; }
.mark.handoff rect { fill: var(--user); }
.mark.end line { stroke: var(--fg); stroke-width: 2; }
ol.events { padding-left: 1.4em; margin: 4px 0; }
ol.events li { margin: 0 0 6px; }
ol.events li:focus { outline: 2px solid var(--focus); outline-offset: 2px; }
.ev-violation { color: var(--error); }
.ev-violation strong { display: block; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; color: var(--muted); font-size: .9em; margin: 6px 0 10px; padding: 0; list-style: none; }
.sw { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; vertical-align: middle; }
.sw-csw { background: var(--csw); } .sw-fep { background: var(--fep); } .sw-user { background: var(--user); }
.sw-free { background: var(--freeform); } .sw-mkt { background: var(--marketing); } .sw-util { background: var(--utility); } .sw-err { background: var(--error); }
.violations { color: var(--error); }
select, button { font: inherit; color: inherit; background: var(--vscode-dropdown-background, var(--bg)); border: 1px solid var(--border); }
select:focus, button:focus { outline: 2px solid var(--focus); }
label { display: block; margin: 4px 0; }
@media (forced-colors: active) {
  .band-csw, .band-fep { fill: Highlight; stroke: CanvasText; }
  .mark * { fill: CanvasText; stroke: CanvasText; }
  .mark.violation * { fill: Mark; }
}
body.vscode-high-contrast .band-csw, body.vscode-high-contrast .band-fep { fill-opacity: .5; stroke-width: 2; }
body.vscode-high-contrast .mark * { stroke: var(--vscode-contrastBorder, #fff); }
`;

/** Arrow keys move between marks and the event list; nothing else, nothing remote. */
const SCRIPT = `(() => {
  const marks = Array.from(document.querySelectorAll('.mark'));
  const items = Array.from(document.querySelectorAll('ol.events li'));
  const focusItem = (i) => { const li = items[i]; if (li) { li.focus(); } };
  marks.forEach((m, i) => m.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') { ev.preventDefault(); (marks[i + 1] || m).focus(); }
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') { ev.preventDefault(); (marks[i - 1] || m).focus(); }
    else if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); focusItem(Number(m.getAttribute('data-index'))); }
  }));
  // acquireVsCodeApi may be called once per page: leave it to the caller's script when there is one
  const post = document.body.getAttribute('data-post') === '1';
  const vscode = post && typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  if (vscode) {
    document.querySelectorAll('select[data-step]').forEach((s) => s.addEventListener('change', () => {
      const v = s.value;
      vscode.postMessage({ type: 'choose', step: s.getAttribute('data-step'), choice: /^\\d+$/.test(v) ? Number(v) : v });
    }));
    const reset = document.getElementById('reset');
    if (reset) reset.addEventListener('click', () => vscode.postMessage({ type: 'reset' }));
    vscode.postMessage({ type: 'ready' });
  }
})();`;

/** Path pickers; the way each one shows is the way the model took (it was built from the state). */
function pickers(model: TimelineModel, l: Labels): string {
  if (!model.decisions.length) return '';
  const out: string[] = [`<h2>${text(l.path)}</h2>`];
  model.decisions.forEach((d, i) => {
    const idAttr = `pick-${i}`;
    out.push(`<label for="${idAttr}">${text(`${l.chosen} ${d.step} (${when(model, d.at)})`)}</label><select id="${idAttr}" data-step="${text(d.step)}">`);
    d.options.forEach((o, k) => {
      const selected = k === d.chosen;
      out.push(`<option value="${text(String(o.choice))}"${selected ? ' selected' : ''}>${text(o.label)}</option>`);
    });
    out.push('</select>');
  });
  out.push(`<p><button type="button" id="reset">${model.locale === 'fr' ? 'Chemin par défaut' : 'Default path'}</button></p>`);
  return out.join('');
}

/** The timeline as a standalone HTML page (strict CSP, nonce'd style and script). */
export function renderTimelineHtml(model: TimelineModel, options: RenderOptions): string {
  const l = labels(model);
  const nonce = safeToken(options.nonce);
  const src = safeSource(options.cspSource);
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'${src ? ' ' + src : ''}`,
    `script-src 'nonce-${nonce}'${src ? ' ' + src : ''}`,
    `img-src${src ? ' ' + src : ''} data:`,
    `font-src${src ? ' ' + src : " 'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = options.title ?? `${l.title}: ${model.flow}`;
  const errors = model.violations.length;
  const summary = `${l.trigger}: ${model.trigger} · ${l.total}: ${money(model, model.totalPrice, l)} · ${errors} ${l.violations}${model.startIso ? ` · t0 = ${when(model, 0)}` : ''}`;
  const items = model.events.map((e, i) => {
    const v = e.kind === 'message' ? e.violations : [];
    const hints = e.kind === 'message' ? e.hints : [];
    return `<li tabindex="-1" id="ev-${i}" class="${v.length ? 'ev-violation' : ''}">${text(describe(model, e, l))}${v.map((x) => `<strong>${text(x.rule)}: ${text(x.message)}</strong>`).join('')}${hints.map((x) => `<div class="hint">${text(x.rule)}: ${text(x.message)}</div>`).join('')}</li>`;
  });
  const notes = model.notes.length ? `<h2>${text(l.notes)}</h2><ul class="notes">${model.notes.map((n) => `<li>${text(n)}</li>`).join('')}</ul>` : '';
  const scriptUri = options.scriptUri && src ? `<script nonce="${nonce}" src="${text(options.scriptUri)}"></script>` : '';
  return `<!DOCTYPE html>
<html lang="${model.locale === 'fr' ? 'fr' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body${options.interactive && !scriptUri ? ' data-post="1"' : ''}>
<main>
<h1>${text(title)}</h1>
<p class="summary">${text(summary)}</p>
<ul class="legend" aria-hidden="true"><li><span class="sw sw-csw"></span>${text(l.csw)}</li><li><span class="sw sw-fep"></span>${text(l.fep)}</li><li><span class="sw sw-user"></span>${text(l.user)}</li><li><span class="sw sw-free"></span>${text(l.freeForm)}</li><li><span class="sw sw-util"></span>UTILITY</li><li><span class="sw sw-mkt"></span>MARKETING</li><li><span class="sw sw-err"></span>${text(l.violations)}</li></ul>
<div class="layout">
<div class="chart-wrap">${chart(model, l, false)}</div>
<section class="side" aria-label="${text(l.events)}">
<h2>${text(l.events)}</h2>
${errors ? '' : `<p>${text(l.none)}</p>`}
<ol class="events">${items.join('')}</ol>
${notes}
${options.interactive ? pickers(model, l) : ''}
</section>
</div>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
${scriptUri}
</body>
</html>
`;
}

/** The timeline as a standalone SVG document: the chart and the event list as text. No script. */
export function renderTimelineSvg(model: TimelineModel): string {
  const l = labels(model);
  const lines = model.events.flatMap((e) => {
    const out = [{ cls: e.kind === 'message' && e.violations.length ? 'ev-violation' : 'ev', s: describe(model, e, l) }];
    if (e.kind === 'message') for (const v of e.violations) out.push({ cls: 'ev-violation', s: `    ${v.rule}: ${v.message}` });
    return out;
  });
  const height = HEIGHT + 50 + lines.length * 18 + 20;
  const style = CSS.replace(/body\s*\{[^}]*\}/, '') + ' .ev { fill: var(--fg); font-size: 12px; } .ev-violation { fill: var(--error); font-size: 12px; } .title { fill: var(--fg); font-size: 15px; font-weight: bold; } svg { background: var(--bg); font-family: var(--font); }';
  const title = `${l.title}: ${model.flow}`;
  const summary = `${l.trigger}: ${model.trigger} · ${l.total}: ${money(model, model.totalPrice, l)} · ${model.violations.length} ${l.violations}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${text(title)}">
<title>${text(title)}</title>
<style>${style.replace(/:root/g, 'svg')}</style>
<rect width="100%" height="100%" fill="var(--bg)"/>
<text class="title" x="10" y="20">${text(title)}</text>
<text class="ev" x="10" y="38">${text(summary)}</text>
<g transform="translate(0, 44)">${chart(model, l, true)}</g>
${lines.map((x, i) => `<text class="${x.cls}" x="10" y="${HEIGHT + 70 + i * 18}" xml:space="preserve">${text(x.s)}</text>`).join('\n')}
</svg>
`;
}
