import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isNode, isPair, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { fastParse, resolvePlain } from '../../server/src/core/parse/fastYaml';
import { collectDuplicates } from '../../server/src/core/parse/yamlFile';
import { generateFlow } from '../helpers/genFlow';
import { rng } from '../helpers/rng';

/** WALINT_FUZZ_SCALE=20 WALINT_FUZZ_SEED=n runs a deeper search (the default keeps `npm test` fast). */
const SCALE = Number(process.env.WALINT_FUZZ_SCALE ?? 1);
const SEED = Number(process.env.WALINT_FUZZ_SEED ?? 0);


/** Differences between two `yaml` trees: kind, ranges, scalar values, styles, flow flags. */
function treeDiff(a: unknown, b: unknown, where: string, out: string[]): void {
  if (out.length > 3) return;
  if (isPair(a) || isPair(b)) {
    if (!isPair(a) || !isPair(b)) return void out.push(`${where}: pair vs not`);
    treeDiff(a.key, b.key, `${where}.key`, out);
    treeDiff(a.value, b.value, `${where}.value`, out);
    return;
  }
  if (!a || !b) {
    if (a !== b) out.push(`${where}: ${String(a)} vs ${String(b)}`);
    return;
  }
  const kind = (n: unknown) => (isMap(n) ? 'map' : isSeq(n) ? 'seq' : isScalar(n) ? 'scalar' : 'other');
  if (kind(a) !== kind(b)) return void out.push(`${where}: ${kind(a)} vs ${kind(b)}`);
  const na = a as { range?: number[]; value?: unknown; type?: string; source?: string; flow?: boolean; items?: unknown[] };
  const nb = b as typeof na;
  if (JSON.stringify(na.range) !== JSON.stringify(nb.range)) out.push(`${where}: range ${JSON.stringify(na.range)} vs ${JSON.stringify(nb.range)}`);
  if (isScalar(a)) {
    if (!Object.is(na.value, nb.value)) out.push(`${where}: value ${JSON.stringify(na.value)} vs ${JSON.stringify(nb.value)}`);
    if (na.type !== nb.type) out.push(`${where}: style ${na.type} vs ${nb.type}`);
    if (na.source !== nb.source) out.push(`${where}: source ${JSON.stringify(na.source)} vs ${JSON.stringify(nb.source)}`);
    return;
  }
  if (!!na.flow !== !!nb.flow) out.push(`${where}: flow ${na.flow} vs ${nb.flow}`);
  if (na.items!.length !== nb.items!.length) return void out.push(`${where}: ${na.items!.length} vs ${nb.items!.length} items`);
  na.items!.forEach((x, i) => treeDiff(x, nb.items![i], `${where}[${i}]`, out));
}

/** `accepted` when the fast parser took the text (and agrees with `yaml`), else `declined`. */
function compare(text: string): 'accepted' | 'declined' {
  const fast = fastParse(text);
  if (!fast) return 'declined';
  const doc = parseDocument(text, { uniqueKeys: false });
  const problems = [...doc.errors, ...doc.warnings].map((e) => `${e.code}: ${e.message.split('\n')[0]}`);
  assert.deepEqual(problems, [], `fast path accepted a text yaml rejects:\n${text}`);
  const diffs: string[] = [];
  treeDiff(fast.contents, doc.contents, '$', diffs);
  assert.deepEqual(diffs, [], `trees differ for:\n${JSON.stringify(text)}`);
  assert.deepEqual(fast.data, doc.toJS(), `data differs for:\n${JSON.stringify(text)}`);
  const dup = (d: { mapPath: (string | number)[]; key: string; node: { range?: unknown }; first: { range?: unknown } }) => JSON.stringify([d.mapPath, d.key, d.node.range, d.first.range]);
  assert.deepEqual(fast.dups.map(dup), collectDuplicates(doc.contents as never, [], []).map(dup), `repeated keys differ for:\n${JSON.stringify(text)}`);
  return 'accepted';
}

// ------------------------------------------------------------ random documents

const WORDS = ['a', 'b', 'say', 'next', 'steps', 'title', 'Un conseiller', 'é', 'x-y', 'k_1', 'http://x.fr/a?b=c', 'a#b', 'a:b', '42', '-3', '0x1F', '0o17', '1.5', '.5', '1e3', '.inf', '-.Inf', '.nan', 'true', 'False', 'null', '~', 'NULL', 'yes', 'on', '007', '+1', '1_000', '2024-01-01', '12:30', 'STOP', '{{1}}', 'a b  c', 'é à ü'];
const QUOTED = ['"x"', '"a \\"q\\" b"', '"tab\\tnl\\n"', '"\\u00e9\\x41\\U0001F600"', "'it''s'", "''", '""', '"# not a comment"', "'a: b'", '"  spaced  "', '"\\/\\\\"'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function scalar(r: () => number): string {
  const x = r();
  if (x < 0.25) return pick(r, QUOTED);
  return pick(r, WORDS);
}

function flow(r: () => number, depth: number): string {
  const n = Math.floor(r() * 4);
  const items: string[] = [];
  const map = r() < 0.5;
  for (let i = 0; i < n; i++) {
    const v = depth < 2 && r() < 0.2 ? flow(r, depth + 1) : scalar(r);
    items.push(map ? `${pick(r, ['a', 'b', 'title', 'next', '"q"', "'s'"])}: ${v}` : v);
  }
  const sep = r() < 0.1 ? ',\n    ' : ', ';
  return map ? `{ ${items.join(sep)} }` : `[${items.join(sep)}]`;
}

function comment(r: () => number, indent: number): string {
  return r() < 0.12 ? `${' '.repeat(Math.max(0, indent + Math.floor(r() * 5) - 2))}# note ${Math.floor(r() * 9)}\n` : '';
}

function blank(r: () => number): string {
  return r() < 0.1 ? '\n' : r() < 0.03 ? '   \n' : '';
}

function value(r: () => number, indent: number, depth: number): string {
  const x = r();
  const pad = ' '.repeat(indent);
  if (depth < 4 && x < 0.22) return `\n${block(r, indent + pick(r, [1, 2, 4]), depth + 1)}`;
  if (depth < 4 && x < 0.3) return `\n${seq(r, indent + pick(r, [0, 2]), depth + 1)}`;
  if (x < 0.38) {
    const style = pick(r, ['|', '>', '|-', '>-', '|+', '>+']);
    const lines = 1 + Math.floor(r() * 3);
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(r() < 0.15 ? '' : `${pad}  ${pick(r, WORDS)} ${pick(r, WORDS)}`);
    return ` ${style}${r() < 0.1 ? ' # c' : ''}\n${body.join('\n')}\n${r() < 0.2 ? '\n' : ''}`;
  }
  if (x < 0.48) return ` ${flow(r, 0)}${r() < 0.1 ? '  # c' : ''}\n`;
  if (x < 0.52) return `${r() < 0.5 ? ' # empty' : ''}\n`;
  return ` ${scalar(r)}${r() < 0.1 ? ' # c' : ''}${r() < 0.05 ? '  ' : ''}\n`;
}

function block(r: () => number, indent: number, depth: number): string {
  const pad = ' '.repeat(indent);
  let out = '';
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    out += comment(r, indent) + blank(r);
    const key = r() < 0.1 ? pick(r, ['"quoted key"', "'k'", '1', 'true', '"a: b"']) : pick(r, ['say', 'next', 'title', 'a', 'b', 'step_1', 'Un conseiller', 'a[1]', 'x.y']);
    out += `${pad}${key}:${value(r, indent, depth)}`;
  }
  return out + comment(r, indent);
}

function seq(r: () => number, indent: number, depth: number): string {
  const pad = ' '.repeat(indent);
  let out = '';
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    out += comment(r, indent) + blank(r);
    const x = r();
    if (depth < 4 && x < 0.3) {
      // compact map in the item
      const inner = block(r, indent + 2, depth + 1);
      out += `${pad}- ${inner.trimStart()}`;
    } else if (x < 0.4) {
      out += `${pad}-${value(r, indent, depth)}`;
    } else out += `${pad}-${value(r, indent, depth)}`;
  }
  return out;
}

function randomDoc(r: () => number): string {
  let doc = (r() < 0.1 ? '---\n' : '') + (r() < 0.1 ? '# header\n' : '');
  doc += r() < 0.85 ? block(r, 0, 0) : seq(r, 0, 0);
  if (r() < 0.3) doc = doc.replace(/\n$/, '');
  return doc;
}

const MUTATIONS = [' ', '  ', '\n', ':', ': ', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '\t', '&a ', '*a', '!t ', '? ', '---\n', '...', '%', '\\', '\r\n', 'x'];

function mutate(r: () => number, text: string): string {
  const at = Math.floor(r() * (text.length + 1));
  if (r() < 0.3) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
  return text.slice(0, at) + pick(r, MUTATIONS) + text.slice(at);
}

function yamlFilesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFilesUnder(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

describe('fast YAML parser (the plain subset)', () => {
  const root = join(__dirname, '..', '..', '..');

  it('resolves plain scalars like the core schema', () => {
    assert.equal(resolvePlain('42'), 42);
    assert.equal(resolvePlain('0x1F'), 31);
    assert.equal(resolvePlain('0o17'), 15);
    assert.equal(resolvePlain('-.inf'), Number.NEGATIVE_INFINITY);
    assert.ok(Number.isNaN(resolvePlain('.NaN')));
    assert.equal(resolvePlain('~'), null);
    assert.equal(resolvePlain('True'), true);
    assert.equal(resolvePlain('yes'), 'yes'); // YAML 1.2: not a boolean
    assert.equal(resolvePlain('1_000'), '1_000');
    assert.equal(resolvePlain('2024-01-01'), '2024-01-01');
  });

  it('agrees with yaml on every YAML file of the repository, and takes the walint ones', () => {
    const files = [...yamlFilesUnder(join(root, 'test', 'corpus')), ...yamlFilesUnder(join(root, 'examples')), ...yamlFilesUnder(join(root, 'test', 'fixtures'))];
    let accepted = 0;
    for (const f of files) if (compare(readFileSync(f, 'utf8')) === 'accepted') accepted++;
    const walint = files.filter((f) => /\.(flow|templates?)\.ya?ml$/.test(f));
    assert.ok(walint.length > 40);
    assert.ok(accepted >= walint.length, `only ${accepted} of ${files.length} files took the fast path`);
  });

  it('agrees with yaml on generated flows', () => {
    for (const [n, seed] of [[100, 1], [1000, 2], [300, 3]] as const) assert.equal(compare(generateFlow(n, seed)), 'accepted');
  });

  it('property: random documents are either declined or parsed exactly as yaml parses them', () => {
    const r = rng(20261121 + SEED);
    let accepted = 0;
    const N = 3000 * SCALE;
    let crlf = 0;
    for (let i = 0; i < N; i++) {
      const doc = randomDoc(r);
      if (compare(doc) === 'accepted') accepted++;
      // the same document with Windows line ends
      if (i % 3 === 0 && compare(doc.replace(/\n/g, '\r\n')) === 'accepted') crlf++;
    }
    assert.ok(crlf > N * 0.15, `accepted ${crlf} CRLF documents of ${N / 3}`);
    // the generator stays mostly inside the subset: a parser that declines everything fails here
    assert.ok(accepted > N * 0.5, `accepted ${accepted} of ${N}`);
  });

  it('property: mutated documents (typos, stray indicators, tabs, CR) never pass with a different meaning', () => {
    const r = rng(7 + SEED);
    const seeds = [generateFlow(60, 5), ...Array.from({ length: 40 }, () => randomDoc(r))];
    let accepted = 0;
    let declined = 0;
    for (let i = 0; i < 6000 * SCALE; i++) {
      let text = pick(r, seeds);
      const edits = 1 + Math.floor(r() * 3);
      for (let e = 0; e < edits; e++) text = mutate(r, text);
      if (compare(text) === 'accepted') accepted++;
      else declined++;
    }
    assert.ok(accepted > 500 && declined > 500, `accepted ${accepted}, declined ${declined}`);
  });

  it('declines what it does not mirror, without throwing', () => {
    for (const text of ['', '# only a comment\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n', 'a: "multi\n  line"\n', 'a: plain\n  continued\n', '? a\n: b\n', 'a:\tb\n', 'a: 1\rb: 2\r', '\ufeffa: 1\n', 'a: b: c\n', '[a, b]\n', 'just a scalar\n', 'a:\n  - b\n  c: d\n', '{'.repeat(500)]) {
      assert.equal(fastParse(text), undefined, JSON.stringify(text));
    }
  });

  it('builds nodes the yaml API recognises (type guards, classes, methods)', () => {
    const root = fastParse('a: [1, "x"]\nb:\n  - { c: d }\n')!.contents as YAMLMap;
    assert.ok(isMap(root) && isNode(root) && root instanceof YAMLMap);
    const pair = root.items[0];
    assert.ok(isPair(pair) && pair instanceof Pair && isScalar(pair.key) && pair.key instanceof Scalar);
    const seq = pair.value as YAMLSeq;
    assert.ok(isSeq(seq) && seq instanceof YAMLSeq && seq.flow === true);
    assert.equal(root.get('a'), seq); // inherited methods work on these nodes
    assert.deepEqual(root.toJSON(), { a: [1, 'x'], b: [{ c: 'd' }] });
  });

  it('reports repeated keys with both places', () => {
    const text = 'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n';
    const fast = fastParse(text)!;
    assert.deepEqual(
      fast.dups.map((d) => [d.mapPath.join('.'), d.key, (d.node.range ?? [])[0], (d.first.range ?? [])[0]]),
      [
        ['b', 'c', 17, 10],
        ['', 'a', 22, 0],
      ],
    );
    assert.deepEqual(fast.data, { a: 3, b: { c: 2 } });
  });
});
