import * as assert from 'node:assert/strict';
import { Throttle, type Timers } from '../../server/src/lsp/throttle';

/** Timers run by hand: the test decides when the interval is over. */
function manualTimers(): Timers & { fire(): void; readonly armed: number } {
  const queue: (() => void)[] = [];
  return {
    set: (fn) => queue.push(fn),
    clear: () => void queue.splice(0),
    fire: () => queue.splice(0).forEach((fn) => fn()),
    get armed() {
      return queue.length;
    },
  };
}

describe('Throttle (status notifications)', () => {
  it('sends at once, then once per interval with the latest state', () => {
    const timers = manualTimers();
    let state = 0;
    const sent: number[] = [];
    const t = new Throttle(() => sent.push(state), 150, timers);
    state = 1;
    t.request();
    assert.deepEqual(sent, [1], 'the first request is sent at once');
    for (state = 2; state <= 500; state++) t.request();
    assert.deepEqual(sent, [1], 'requests within the interval wait');
    state = 500;
    timers.fire();
    assert.deepEqual(sent, [1, 500], 'one send at the end of the interval, with the state as it is then');
    timers.fire();
    assert.deepEqual(sent, [1, 500], 'nothing more was requested');
    assert.equal(timers.armed, 0);
    state = 7;
    t.request();
    assert.deepEqual(sent, [1, 500, 7], 'after a quiet interval, sent at once again');
  });

  it('sends nothing more once disposed', () => {
    const timers = manualTimers();
    const sent: string[] = [];
    const t = new Throttle(() => sent.push('x'), 150, timers);
    t.request();
    t.request();
    t.dispose();
    timers.fire();
    assert.deepEqual(sent, ['x']);
  });
});
