const { Worker } = require('worker_threads');
const t0 = Date.now();
const n = 2;
let done = 0;
for (let i = 0; i < n; i++) {
  const w = new Worker(`const t=Date.now();let x=0;for(let i=0;i<3e8;i++)x+=i%7;require('worker_threads').parentPort.postMessage(Date.now()-t)`, { eval: true });
  w.on('message', (ms) => { console.log('worker', i, ms, 'ms'); if (++done === n) console.log('total', Date.now() - t0); });
}
