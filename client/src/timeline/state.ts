/**
 * The timeline preview's state and the messages its webview sends, as plain data (no `vscode`
 * import: unit-tested). The panel keeps one state per flow; the webview never holds the truth.
 */

/** What the author chose: a branch per decision step, durations per step. Serializable. */
export interface TimelineState {
  /** The flow's URI (string). */
  uri: string;
  /** Step id -> choice (button/list/branch index or title, `timeout`, `reply`, a target step). */
  path: Record<string, string | number>;
  /** Step id -> how long the user takes to answer (seconds or `2h`). */
  userReplyDelays: Record<string, string | number>;
  /** Step id -> duration replacing the step's `wait:`. */
  waitOverrides: Record<string, string | number>;
}

/** Messages from the webview. Anything else is ignored. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'choose'; step: string; choice: string | number }
  | { type: 'setReplyDelay'; step: string; value: string | number | null }
  | { type: 'setWait'; step: string; value: string | number | null }
  | { type: 'reset' }
  | { type: 'reveal'; step: string };

export function emptyState(uri: string): TimelineState {
  return { uri, path: {}, userReplyDelays: {}, waitOverrides: {} };
}

const STEP_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;
const DURATION = /^\s*(\d+(\.\d+)?\s*(ms|s|m|min|h|d|w)?\s*)+$/i;

function isChoice(v: unknown): v is string | number {
  return (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000) || (typeof v === 'string' && v.length > 0 && v.length <= 200);
}

function isDuration(v: unknown): v is string | number {
  return (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 365 * 86400) || (typeof v === 'string' && v.length <= 40 && DURATION.test(v));
}

/** Validate a message coming from the webview (it is untrusted input: it renders user text). */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  const step = typeof m.step === 'string' && STEP_ID.test(m.step) ? m.step : undefined;
  switch (m.type) {
    case 'ready':
    case 'reset':
      return { type: m.type };
    case 'choose':
      return step && isChoice(m.choice) ? { type: 'choose', step, choice: m.choice } : undefined;
    case 'setReplyDelay':
    case 'setWait':
      return step && (m.value === null || isDuration(m.value)) ? { type: m.type, step, value: m.value as string | number | null } : undefined;
    case 'reveal':
      return step ? { type: 'reveal', step } : undefined;
    default:
      return undefined;
  }
}

function setOrDelete(map: Record<string, string | number>, key: string, value: string | number | null): Record<string, string | number> {
  const out = { ...map };
  if (value === null || value === '') delete out[key];
  else out[key] = value;
  return out;
}

/** The state after a message; the same object when the message changes nothing. */
export function reduce(state: TimelineState, msg: WebviewMessage): TimelineState {
  switch (msg.type) {
    case 'choose':
      return state.path[msg.step] === msg.choice ? state : { ...state, path: { ...state.path, [msg.step]: msg.choice } };
    case 'setReplyDelay':
      return { ...state, userReplyDelays: setOrDelete(state.userReplyDelays, msg.step, msg.value) };
    case 'setWait':
      return { ...state, waitOverrides: setOrDelete(state.waitOverrides, msg.step, msg.value) };
    case 'reset':
      return emptyState(state.uri);
    default:
      return state;
  }
}

/** A state restored by the serializer (from an older version, or tampered): keep what is valid. */
export function reviveState(raw: unknown): TimelineState | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.uri !== 'string' || !r.uri) return undefined;
  const pick = (v: unknown, ok: (x: unknown) => boolean): Record<string, string | number> => {
    const out: Record<string, string | number> = {};
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) if (STEP_ID.test(k) && ok(x)) out[k] = x as string | number;
    return out;
  };
  return { uri: r.uri, path: pick(r.path, isChoice), userReplyDelays: pick(r.userReplyDelays, isDuration), waitOverrides: pick(r.waitOverrides, isDuration) };
}

/** A nonce for the webview's Content-Security-Policy (base64 of 16 random bytes). */
export function makeNonce(random: (n: number) => Uint8Array): string {
  return Buffer.from(random(16)).toString('base64').replace(/[+/=]/g, (c) => ({ '+': '-', '/': '_', '=': '' })[c]!);
}
