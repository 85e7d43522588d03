import * as assert from 'node:assert/strict';
import { analyzeFile, WorkspaceIndex } from '../../server/src/core';
import { DEFAULT_FACTS, type Facts } from '../../server/src/core/facts';
import { HOUR } from '../../server/src/core/model/duration';
import { analyzeWindow, buildTimeline, formatPath, type TimelineEvent, type TimelineModel } from '../../server/src/core/timeline/engine';

const TEMPLATES = `templates:
  - name: feedback_request
    language: en
    category: UTILITY
    components:
      - { type: BODY, text: "How was it?" }
  - name: summer_sale
    language: en
    category: MARKETING
    components:
      - { type: BODY, text: "Sale!" }
`;

function setup(flowText: string): { flow: NonNullable<ReturnType<typeof analyzeFile>['flow']>; ws: WorkspaceIndex } {
  const ws = new WorkspaceIndex();
  ws.set(analyzeFile('t.templates.yaml', TEMPLATES));
  const file = analyzeFile('f.flow.yaml', flowText);
  ws.set(file);
  assert.ok(file.flow, 'a flow');
  return { flow: file.flow, ws };
}

const since = (flowText: string, facts: Facts = DEFAULT_FACTS) => {
  const { flow } = setup(flowText);
  const a = analyzeWindow(flow, facts);
  return (id: string) => a.timing.get(id);
};

const messages = (m: TimelineModel) => m.events.filter((e): e is Extract<TimelineEvent, { kind: 'message' }> => e.kind === 'message');

describe('timeline engine: analyzeWindow', () => {
  it('adds timeout and wait durations along the worst path, and names the path', () => {
    const { flow } = setup(`flow: f
steps:
  ask_order:
    ask: Number?
    timeout: 24h
    on_timeout: later
    next: status
  status:
    say: On its way
    next: later
  later:
    wait: 48h
    next: feedback
  feedback:
    say: How was it?
    end: true
`);
    const a = analyzeWindow(flow, DEFAULT_FACTS);
    assert.equal(a.timing.get('status')!.sinceUser, 0);
    assert.equal(a.timing.get('feedback')!.sinceUser, 72 * HOUR);
    assert.equal(formatPath(a.pathTo('feedback')), 'ask_order → timeout 24h → later (wait 48h) → feedback');
    assert.equal(formatPath(a.pathTo('feedback'), 'fr'), 'ask_order → délai 24h → later (attente 48h) → feedback');
  });

  it('a user reply resets the clock (the window reopens)', () => {
    const t = since(`flow: f
steps:
  a:
    say: hi
    next: w
  w:
    wait: 30h
    next: q
  q:
    ask: Still interested?
    next: b
  b:
    say: Great
    end: true
`);
    assert.equal(t('q')!.sinceUser, 30 * HOUR);
    assert.equal(t('b')!.sinceUser, 0);
  });

  it('a loop with a wait and no user reply is unbounded; a loop through a reply is bounded', () => {
    const t = since(`flow: f
steps:
  start:
    say: hi
    next: poll
  poll:
    wait: 1h
    next: check
  check:
    branch:
      - { if: ready, next: done }
      - { else: poll }
  done:
    say: ready
    next: q
  q:
    ask: Again?
    timeout: 2h
    on_timeout: nudge
    next: q
  nudge:
    say: Hello?
    next: q
`);
    assert.equal(t('poll')!.sinceUser, Infinity);
    assert.equal(t('done')!.reason, 'loop');
    // q is reached from done (unbounded) too: its worst case stays unbounded
    assert.equal(t('q')!.sinceUser, Infinity);
    const bounded = since(`flow: f
steps:
  q:
    ask: Again?
    timeout: 2h
    on_timeout: nudge
    next: q
  nudge:
    ask: Hello?
    timeout: 3h
    on_timeout: bye
    next: q
  bye:
    template: feedback_request
    end: true
`);
    assert.equal(bounded('nudge')!.sinceUser, 2 * HOUR);
    assert.equal(bounded('bye')!.sinceUser, 5 * HOUR);
  });

  it('a loop without time (no wait, no timeout) does not grow', () => {
    const t = since(`flow: f
steps:
  a:
    call: poll
    next: b
  b:
    branch:
      - { if: x, next: a }
      - { else: c }
  c:
    say: done
    end: true
`);
    assert.equal(t('c')!.sinceUser, 0);
    assert.equal(t('c')!.reason, 'bounded');
  });

  it('business trigger: no window until the user replies; first outbound steps are known', () => {
    const { flow } = setup(`flow: f
trigger: business
opt_in: x
steps:
  w:
    wait: 1h
    next: open
  open:
    template: feedback_request
    expect: text
    next: thanks
  thanks:
    say: Thanks!
    end: true
`);
    const a = analyzeWindow(flow, DEFAULT_FACTS);
    assert.equal(a.timing.get('open')!.sinceUser, Infinity);
    assert.equal(a.timing.get('open')!.reason, 'noUserMessage');
    assert.equal(a.timing.get('thanks')!.sinceUser, 0);
    assert.deepEqual([...a.firstOutbound], ['open']);
  });

  it('global intents reset from every interactive step', () => {
    const t = since(`flow: f
global:
  - match: [agent]
    next: human
steps:
  a:
    say: hi
    next: w
  w:
    wait: 2d
    next: q
  q:
    template: feedback_request
    next: human
  human:
    handoff: agent
    say: Connecting you
`);
    // reached both by a global (0) and after the wait (48h): the worst case wins
    assert.equal(t('human')!.sinceUser, 48 * HOUR);
  });

  it('stays linear on a long chain with many branches (no path enumeration)', () => {
    const n = 1000;
    let text = 'flow: big\nsteps:\n';
    for (let i = 0; i < n; i++) {
      text += `  s${i}:\n    wait: 1m\n    branch:\n      - { if: a, next: s${i + 1} }\n      - { else: t${i} }\n  t${i}:\n    next: s${i + 1}\n`;
    }
    text += `  s${n}:\n    say: end\n    end: true\n`;
    const t = since(text);
    assert.equal(t(`s${n}`)!.sinceUser, n * 60);
  });
});

describe('timeline engine: buildTimeline', () => {
  it('23h59 after the last message is inside the window, 24h is outside', () => {
    const flowAt = (w: string) => `flow: f
steps:
  a:
    say: hi
    next: w
  w:
    wait: ${w}
    next: b
  b:
    say: later
    end: true
`;
    const inside = setup(flowAt('23h59m'));
    const m1 = buildTimeline(inside.flow, inside.ws, { facts: DEFAULT_FACTS });
    assert.equal(messages(m1)[1].allowed, true);
    assert.equal(m1.violations.length, 0);
    const at24 = setup(flowAt('24h'));
    const m2 = buildTimeline(at24.flow, at24.ws, { facts: DEFAULT_FACTS });
    assert.equal(messages(m2)[1].allowed, false);
    assert.deepEqual(m2.violations.map((v) => v.rule), ['window/freeform-after-24h']);
    assert.match(m2.violations[0].message, /24h after the user's last message \(path: a → w \(wait 24h\) → b\)/);
  });

  it('worst case by default (no answer at timeouts), the chosen path when given, and a reopened window', () => {
    const { flow, ws } = setup(`flow: f
steps:
  q:
    ask: Order number?
    timeout: 2h
    on_timeout: later
    next: status
  status:
    say: On its way
    next: later
  later:
    wait: 48h
    next: feedback
  feedback:
    say: How was it?
    end: true
`);
    const worst = buildTimeline(flow, ws, { facts: DEFAULT_FACTS });
    assert.deepEqual(worst.events.map((e) => e.kind), ['user', 'message', 'timeout', 'wait', 'message', 'end']);
    assert.equal(worst.violations.length, 1);
    const replied = buildTimeline(flow, ws, { facts: DEFAULT_FACTS, path: ['reply'], userReplyDelays: { q: '30m' } });
    assert.deepEqual(replied.events.map((e) => e.kind), ['user', 'message', 'user', 'message', 'wait', 'message', 'end']);
    assert.equal(replied.events[2].at, 30 * 60);
    // two user messages, overlapping windows merge into one band
    assert.deepEqual(replied.windows, [{ kind: 'csw', start: 0, end: 30 * 60 + 24 * HOUR }]);
    const shortened = buildTimeline(flow, ws, { facts: DEFAULT_FACTS, path: { q: 'reply' }, waitOverrides: { later: '1h' } });
    assert.equal(shortened.violations.length, 0);
    assert.equal(shortened.decisions[0].step, 'q');
    assert.equal(shortened.decisions[0].options[shortened.decisions[0].chosen].choice, 'reply');
  });

  it('ad entry point: the first reply opens a 72h free window; free-form still needs the 24h window', () => {
    const { flow, ws } = setup(`flow: f
trigger: ad
language: en
steps:
  hi:
    say: Thanks for your interest
    next: w
  w:
    wait: 30h
    next: promo
  promo:
    template: summer_sale
    next: w2
  w2:
    wait: 20h
    next: late
  late:
    say: Still there?
    next: w3
  w3:
    wait: 30h
    next: promo2
  promo2:
    template: summer_sale
    end: true
`);
    const m = buildTimeline(flow, ws, { facts: DEFAULT_FACTS });
    assert.deepEqual(m.windows.map((w) => [w.kind, w.start / HOUR, w.end / HOUR]), [['csw', 0, 24], ['fep', 0, 72]]);
    const [hi, promo, late, promo2] = messages(m);
    assert.equal(hi.priceClass, 'free-entry-point');
    assert.equal(promo.priceClass, 'free-entry-point');
    assert.equal(promo.price, 0);
    assert.equal(late.priceClass, 'free-entry-point');
    assert.equal(late.allowed, false, 'free does not mean allowed');
    assert.equal(promo2.priceClass, 'marketing');
    assert.equal(promo2.price, DEFAULT_FACTS.prices.marketing);
    assert.equal(m.totalPrice, DEFAULT_FACTS.prices.marketing);
  });

  it('template prices: utility free inside the window when the fact says so, marketing always billed (with a hint)', () => {
    const flowText = `flow: f
language: en
steps:
  a:
    template: feedback_request
    next: b
  b:
    template: summer_sale
    end: true
`;
    const { flow, ws } = setup(flowText);
    const m = buildTimeline(flow, ws, { facts: DEFAULT_FACTS });
    const [util, mkt] = messages(m);
    assert.equal(util.priceClass, 'utility-in-window');
    assert.equal(util.price, 0);
    assert.equal(mkt.priceClass, 'marketing');
    assert.deepEqual(mkt.hints.map((h) => h.rule), ['window/template-in-window']);
    const later = buildTimeline(flow, ws, { facts: { ...DEFAULT_FACTS, utilityFreeInWindow: false } });
    assert.equal(messages(later)[0].price, DEFAULT_FACTS.prices.utility);
  });

  it('business trigger: a free-form first message is the business-initiated violation', () => {
    const { flow, ws } = setup(`flow: f
trigger: business
opt_in: x
steps:
  a:
    say: Hi!
    next: b
  b:
    say: Also this
    end: true
`);
    const m = buildTimeline(flow, ws, { facts: DEFAULT_FACTS });
    assert.equal(m.windows.length, 0);
    assert.deepEqual(m.violations.map((v) => v.rule), ['window/business-initiated-template', 'window/freeform-after-24h']);
  });

  it('stops a looping path after maxVisits with a note', () => {
    const { flow, ws } = setup(`flow: f
steps:
  a:
    say: hi
    next: poll
  poll:
    wait: 6h
    next: poll
`);
    const m = buildTimeline(flow, ws, { facts: DEFAULT_FACTS, maxVisits: 3 });
    const end = m.events[m.events.length - 1];
    assert.equal(end.kind, 'end');
    assert.equal(end.kind === 'end' && end.reason, 'loop-guard');
    assert.equal(m.events.filter((e) => e.kind === 'wait').length, 3);
    assert.equal(m.notes.length, 1);
  });

  it('the default path leads to the worst violation; a bad choice is noted and ignored', () => {
    const { flow, ws } = setup(`flow: f
steps:
  menu:
    say: Choose
    buttons:
      - { title: Fast, next: fast }
      - { title: Slow, next: slow }
  fast:
    say: ok
    end: true
  slow:
    say: see you
    next: w
  w:
    wait: 2d
    next: late
  late:
    say: here I am
    end: true
`);
    const m = buildTimeline(flow, ws, { facts: DEFAULT_FACTS });
    assert.deepEqual(messages(m).map((e) => e.step), ['menu', 'slow', 'late']);
    const chosen = buildTimeline(flow, ws, { facts: DEFAULT_FACTS, path: ['Fast'] });
    assert.deepEqual(messages(chosen).map((e) => e.step), ['menu', 'fast']);
    const bad = buildTimeline(flow, ws, { facts: DEFAULT_FACTS, path: { menu: 7 } });
    assert.equal(bad.notes.length, 1);
    assert.deepEqual(messages(bad).map((e) => e.step), ['menu', 'slow', 'late']);
  });

  it('facts drive the window length', () => {
    const { flow, ws } = setup(`flow: f
steps:
  a:
    say: hi
    next: w
  w:
    wait: 30h
    next: b
  b:
    say: x
    end: true
`);
    assert.equal(buildTimeline(flow, ws, { facts: { ...DEFAULT_FACTS, serviceWindowHours: 48 } }).violations.length, 0);
    assert.equal(buildTimeline(flow, ws, { facts: DEFAULT_FACTS }).violations.length, 1);
  });
});
