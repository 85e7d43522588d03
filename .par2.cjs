const { Worker } = require('worker_threads');
const fs = require('fs'), path = require('path');
const dir = path.resolve('.bench/workspace');
const files = fs.readdirSync(dir).map((f) => ({ path: path.join(dir, f) }));
const n = Number(process.argv[2] || 2);
const t0 = Date.now();
let done = 0;
for (let k = 0; k < n; k++) {
  const shard = files.map((_, i) => i).filter((i) => i % n === k);
  const w = new Worker(path.resolve('dist/cli.js'), { workerData: { walintWorker: true, files, checked: files.length, shard } });
  const ts = Date.now();
  w.on('online', () => console.log('worker', k, 'online after', Date.now() - ts));
  w.on('message', () => { console.log('worker', k, 'done after', Date.now() - ts); if (++done === n) console.log('total', Date.now() - t0); });
}
