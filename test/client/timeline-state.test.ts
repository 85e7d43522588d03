import * as assert from 'node:assert/strict';
import { emptyState, makeNonce, parseWebviewMessage, reduce, reviveState } from '../../client/src/timeline/state';

describe('client: timeline webview state', () => {
  const s0 = emptyState('file:///ws/a.flow.yaml');

  it('accepts only well-formed messages from the webview', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'choose', step: 'welcome', choice: 1 }), { type: 'choose', step: 'welcome', choice: 1 });
    assert.deepEqual(parseWebviewMessage({ type: 'setWait', step: 'later', value: '2h' }), { type: 'setWait', step: 'later', value: '2h' });
    assert.deepEqual(parseWebviewMessage({ type: 'setReplyDelay', step: 'ask', value: null }), { type: 'setReplyDelay', step: 'ask', value: null });
    for (const bad of [
      null, 'choose', { type: 'choose' }, { type: 'choose', step: 'a b', choice: 1 }, { type: 'choose', step: 'a', choice: -1 },
      { type: 'choose', step: 'a', choice: {} }, { type: 'setWait', step: 'a', value: 'soon' }, { type: 'setWait', step: 'a', value: '<script>' },
      { type: 'setWait', step: 'a', value: -5 }, { type: 'eval', code: '1' }, { type: 'reveal', step: '../x' },
    ]) assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
  });

  it('reduces choices and durations; reset clears them', () => {
    let s = reduce(s0, { type: 'choose', step: 'welcome', choice: 1 });
    assert.deepEqual(s.path, { welcome: 1 });
    assert.equal(reduce(s, { type: 'choose', step: 'welcome', choice: 1 }), s, 'no change, same object');
    s = reduce(s, { type: 'setWait', step: 'later', value: '3h' });
    s = reduce(s, { type: 'setReplyDelay', step: 'ask', value: 90 });
    assert.deepEqual(s.waitOverrides, { later: '3h' });
    assert.deepEqual(s.userReplyDelays, { ask: 90 });
    s = reduce(s, { type: 'setWait', step: 'later', value: null });
    assert.deepEqual(s.waitOverrides, {});
    assert.deepEqual(reduce(s, { type: 'reset' }), s0);
    assert.deepEqual(s0.path, {}, 'the first state is never mutated');
  });

  it('revives a stored state, dropping what is not valid', () => {
    assert.equal(reviveState(undefined), undefined);
    assert.equal(reviveState({ path: {} }), undefined);
    assert.deepEqual(reviveState({ uri: 'file:///a.flow.yaml', path: { ok: 2, 'bad key': 1, x: {} }, waitOverrides: { w: 'never' }, userReplyDelays: [] }), {
      uri: 'file:///a.flow.yaml', path: { ok: 2 }, userReplyDelays: {}, waitOverrides: {},
    });
  });

  it('makes URL-safe nonces from 16 random bytes', () => {
    const n = makeNonce(() => new Uint8Array(16).fill(255));
    assert.match(n, /^[A-Za-z0-9_-]{22}$/);
    assert.notEqual(makeNonce(() => new Uint8Array(16).fill(1)), n);
  });
});
