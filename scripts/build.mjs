// Bundles the VS Code client, the language server and the CLI with esbuild.
// Runs on `npm ci` (prepare) so that `npx walint` works right after install.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev');

const entries = [
  // the extension's activation path stays small: the language client and the timeline renderer
  // are separate bundles, required on first use (external here, resolved next to extension.js)
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode', './lsp-client.js', './timeline-render.js'] },
  { in: 'client/src/lsp-client.ts', out: 'dist/lsp-client.js', external: ['vscode'] },
  { in: 'server/src/core/timeline/render.ts', out: 'dist/timeline-render.js' },
  { in: 'server/src/server.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
  // The CLI is a one-shot process: V8's optimising compiler rarely pays off before it exits, the
  // baseline compiler (Sparkplug) for everything does (about 10 % on 1,000 files; npm run bench).
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node\nrequire("node:v8").setFlagsFromString("--always-sparkplug");' },
];

mkdirSync(join(root, 'dist'), { recursive: true });
const contexts = [];
for (const e of entries) {
  const entry = join(root, e.in);
  if (!existsSync(entry)) {
    console.warn(`build: ${e.in} does not exist yet, skipped`);
    continue;
  }
  const options = {
    entryPoints: [entry],
    outfile: join(root, e.out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: !dev,
    sourcemap: dev,
    external: e.external ?? [],
    banner: e.banner ? { js: e.banner } : undefined,
    logLevel: 'warning',
    metafile: true,
    legalComments: 'none',
  };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
    contexts.push(ctx);
  } else {
    await esbuild.build(options);
    if (e.banner) chmodSync(join(root, e.out), 0o755);
  }
}
if (watch) console.log('build: watching…');
