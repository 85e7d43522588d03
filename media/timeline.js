// walint timeline webview script (loaded with the page's CSP nonce; nothing remote, no eval).
// The page is rendered by the extension host; this script only turns the author's actions into
// messages (pick a branch, change a duration, show a step in the editor) and keeps the state the
// panel serializer restores after a reload. All text it adds goes through textContent.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  let labels = { duration: 'Duration', reply: 'User answers after', wait: 'Wait', show: 'Show in editor', invalid: 'Use a duration such as 90s, 15m, 2h or 1d.' };
  const DURATION = /^\s*(\d+(\.\d+)?\s*(ms|s|m|min|h|d|w)?\s*)+$/i;

  function post(msg) {
    vscode.postMessage(msg);
  }

  document.querySelectorAll('select[data-step]').forEach(function (s) {
    s.addEventListener('change', function () {
      const v = s.value;
      post({ type: 'choose', step: s.getAttribute('data-step'), choice: /^\d+$/.test(v) ? Number(v) : v });
    });
  });
  const reset = document.getElementById('reset');
  if (reset) reset.addEventListener('click', function () { post({ type: 'reset' }); });

  function durationInput(li, ev, kind) {
    const id = 'dur-' + ev.index;
    const wrap = document.createElement('div');
    wrap.className = 'walint-duration';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = kind === 'setWait' ? labels.wait : labels.reply;
    const input = document.createElement('input');
    input.id = id;
    input.type = 'text';
    input.size = 8;
    input.value = ev.value || '';
    input.setAttribute('data-step', ev.step);
    input.setAttribute('aria-describedby', id + '-err');
    const err = document.createElement('span');
    err.id = id + '-err';
    err.setAttribute('role', 'alert');
    input.addEventListener('change', function () {
      const v = input.value.trim();
      if (v && !DURATION.test(v)) {
        input.setAttribute('aria-invalid', 'true');
        err.textContent = labels.invalid;
        return;
      }
      input.removeAttribute('aria-invalid');
      err.textContent = '';
      post({ type: kind, step: ev.step, value: v === '' ? null : /^\d+$/.test(v) ? Number(v) : v });
    });
    label.appendChild(document.createTextNode(' '));
    wrap.appendChild(label);
    wrap.appendChild(input);
    wrap.appendChild(err);
    li.appendChild(wrap);
  }

  function showButton(li, step) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'walint-reveal';
    b.textContent = labels.show;
    b.setAttribute('aria-label', labels.show + ': ' + step);
    b.addEventListener('click', function () { post({ type: 'reveal', step: step }); });
    li.appendChild(b);
  }

  /** Add the editing controls to the event list, once per page (the page is re-rendered on change). */
  function decorate(events) {
    if (document.body.getAttribute('data-decorated') === '1') return;
    document.body.setAttribute('data-decorated', '1');
    events.forEach(function (ev) {
      const li = document.getElementById('ev-' + ev.index);
      if (!li || typeof ev.step !== 'string') return;
      if (ev.kind === 'wait') durationInput(li, ev, 'setWait');
      else if (ev.kind === 'user' && ev.via !== 'start' && ev.via !== 'ad') durationInput(li, ev, 'setReplyDelay');
      if (ev.kind === 'message' || ev.kind === 'wait' || ev.kind === 'handoff') showButton(li, ev.step);
    });
  }

  window.addEventListener('message', function (e) {
    const m = e.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'init') {
      if (m.labels && typeof m.labels === 'object') labels = Object.assign({}, labels, m.labels);
      if (m.state) vscode.setState(m.state);
      if (Array.isArray(m.events)) decorate(m.events);
    }
  });

  post({ type: 'ready' });
})();
