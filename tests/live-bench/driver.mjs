// Load driver for the live-updates benchmark. Run through run.sh, which seeds the database, starts the host and
// passes the arguments. Holds N hub connections (20 per working group), then posts action-item progress through the
// product's own form at a fixed open-loop rate (from a writer thread, writer.mjs) and measures, on one monotonic clock,
// from each write's SCHEDULED send time to every receipt of its `changed` event (coordinated-omission safe: a late send
// still counts from its slot).
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import * as signalR from '@microsoft/signalr';
import * as hdr from 'hdr-histogram-js';
import { clock, request as send } from './request.mjs';

const args = Object.fromEntries(process.argv.slice(2).map(a => a.replace(/^--/, '').split('=')).map(([k, ...v]) => [k, v.join('=')]));
// One host, or several of one cluster (comma-separated): connections and writers are spread over them in turn.
const bases = args.base.split(',');
const base = bases[0];
const clients = Number(args.clients ?? 2000);
const members = Number(args.members ?? 20);
const rate = Number(args.rate ?? 50);
const seconds = Number(args.seconds ?? 20);
const warmupSeconds = Number(args.warmup ?? 5);
const hostPids = String(args.pid).split(',');
const clockTicks = Number(args['clk-tck'] ?? 100);
const manifest = JSON.parse(readFileSync(args.manifest, 'utf8'));
const groups = manifest.groups.slice(0, Math.ceil(clients / members));
const log = (...m) => console.error('[driver]', ...m);

const histogram = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });
const delivery = histogram(); // µs, scheduled send → receipt, per receiving connection
const postFromScheduled = histogram(); // µs, scheduled send → POST answered
const postService = histogram(); // µs, actual send → POST answered (the write path as the writer sees it)

// ---- connections -------------------------------------------------------------------------------------------------
const writesByKey = new Map(); // item id → writes to it, in send order (a key is reused only every ≥10 s)
let unmatched = 0;
let received = 0;

function connect(group, cookie, host) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`${host}/hub`, {
      transport: signalR.HttpTransportType.WebSockets,
      skipNegotiation: true,
      headers: { Cookie: `${manifest.cookieName}=${cookie}`, Origin: host },
    })
    .configureLogging(signalR.LogLevel.Error)
    .build();
  const nextIndex = new Map(); // per connection: how many events of each key it has seen
  connection.on('changed', change => {
    const now = clock();
    const writes = writesByKey.get(change.key);
    if (!writes) { return; } // warm-up keys and anything else
    const index = nextIndex.get(change.key) ?? 0;
    const write = writes[index];
    if (!write || change.group !== group.id) { unmatched++; return; }
    nextIndex.set(change.key, index + 1);
    write.received++;
    received++;
    if (write.measured) { delivery.recordValue(Math.max(1, Math.round((now - write.scheduled) * 1000))); write.last = now; }
  });
  return connection;
}

async function inBatches(items, size, action) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(action));
  }
}

const connections = [];
for (const group of groups) {
  for (const cookie of group.cookies.slice(0, members)) {
    if (connections.length < clients) { connections.push({ group, connection: connect(group, cookie, bases[connections.length % bases.length]) }); }
  }
}

const connectStart = clock();
await inBatches(connections, 50, async ({ group, connection }) => {
  await connection.start();
  const followed = await connection.invoke('subscribe', [group.id]);
  if (followed.length !== 1 || followed[0] !== group.id) { throw new Error('subscribe refused a member\'s own group'); }
});
log(`${connections.length} connections open and subscribed in ${((clock() - connectStart) / 1000).toFixed(1)} s`);
const receiversPerGroup = new Map();
for (const { group } of connections) { receiversPerGroup.set(group.id, (receiversPerGroup.get(group.id) ?? 0) + 1); }

// ---- writes through the product's progress form --------------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

const request = (method, path, cookie, body, host = base) => send(agent, host, method, path, cookie, body);

// One antiforgery token per writer (the group's facilitator), fetched from the form as a browser would.
const writers = new Map();
await inBatches(groups, 10, async group => {
  const cookie = `${manifest.cookieName}=${group.cookies[0]}`;
  const host = bases[groups.indexOf(group) % bases.length];
  const page = await request('GET', `/groups/${group.id}/actions/${group.items[0]}/progress`, cookie, undefined, host);
  const antiforgery = (page.headers['set-cookie'] ?? []).map(c => c.split(';')[0]).find(c => c.includes('-af='));
  const form = page.text.slice(page.text.indexOf('value="progress"'));
  const token = /name="__RequestVerificationToken" value="([^"]+)"/.exec(form)?.[1];
  if (page.status !== 200 || !antiforgery || !token) { throw new Error(`progress form answered ${page.status}`); }
  writers.set(group.id, { cookie: `${cookie}; ${antiforgery}`, token, host });
});

let failedPosts = 0;
const writer = new Worker(new URL('./writer.mjs', import.meta.url), { workerData: { base, writers: Object.fromEntries(writers) } });
const byNumber = new Map(); // write number → write, for the phase in progress
let answered = () => {};
let floorAnswer;
writer.on('message', ({ n, sent, done, error, floor }) => {
  if (floor) { floorAnswer(floor); return; }
  const write = byNumber.get(n);
  write.sent = sent;
  if (error) {
    failedPosts++;
    const writes = writesByKey.get(write.key);
    writes.splice(writes.indexOf(write), 1); // no event will come; later writes to this key are ≥10 s away
    if (failedPosts <= 3) { log(`write failed: ${error}`); }
  } else {
    write.done = done;
    if (write.measured) {
      postFromScheduled.recordValue(Math.max(1, Math.round((done - write.scheduled) * 1000)));
      postService.recordValue(Math.max(1, Math.round((done - sent) * 1000)));
    }
  }

  answered();
});

// Open loop, sent by the writer thread: every send time is fixed before the phase starts. Each write is registered
// here first, in send order (a key is reused only every ≥10 s), so its events match it whenever they arrive.
async function phase(count, itemOf, measured) {
  const start = clock() + 100;
  const writes = Array.from({ length: count }, (_, n) => {
    const group = groups[n % groups.length];
    return { n, group, key: group.items[itemOf(n)], scheduled: start + (n * 1000) / rate, received: 0, measured };
  });
  byNumber.clear();
  for (const write of writes) {
    byNumber.set(write.n, write);
    const list = writesByKey.get(write.key) ?? [];
    writesByKey.set(write.key, list);
    list.push(write);
  }

  let left = writes.length;
  const done = new Promise(resolve => { answered = () => { if (--left === 0) { resolve(); } }; });
  writer.postMessage({ writes: writes.map(w => ({ n: w.n, groupId: w.group.id, key: w.key, scheduled: w.scheduled })) });
  await done;
  return writes;
}

function cpuTicks() {
  return hostPids.reduce((sum, pid) => sum + hostCpuTicks(pid), 0);
}

function hostCpuTicks(hostPid) {
  const stat = readFileSync(`/proc/${hostPid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15 of proc(5))
}

// Share of wall time in which some runnable task on the machine waited for a CPU (Linux PSI); tells a shared,
// saturated machine from a slow server. Null where /proc/pressure is missing.
function cpuPressureMicros() {
  try {
    return Number(/^some .* total=(\d+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'))[1]);
  } catch {
    return null;
  }
}

const items = groups[0].items.length;
const writesPerGroup = Math.ceil((seconds * rate) / groups.length);
if (items - 1 < Math.min(writesPerGroup, Math.ceil((10 * rate) / groups.length))) {
  throw new Error('too few action items per group: a key would be reused within 10 s');
}

// Warm-up, not recorded, on the items the measured phase leaves alone (the last ones of each group), in turn: like the
// measured writes, nearly every one reaches an item nobody touched since the host started, so the grain's activation
// and load are compiled by the JIT before the measurement, not during it (they were, with one warm-up item per group).
const spare = Math.max(1, items - writesPerGroup);
await phase(warmupSeconds * rate, n => items - 1 - (Math.floor(n / groups.length) % spare), false);
await new Promise(resolve => setTimeout(resolve, 1000));
const cpuBefore = cpuTicks();
const pressureBefore = cpuPressureMicros();
const measuredStart = clock();
const writes = await phase(seconds * rate, n => Math.floor(n / groups.length) % (items - 1), true);
// Every write counts, a failed POST too: its receivers' events are lost.
const expected = writes.reduce((sum, w) => sum + receiversPerGroup.get(w.group.id), 0);
const deadline = clock() + 10_000;
const measuredReceived = () => writes.reduce((sum, w) => sum + w.received, 0);
while (measuredReceived() < expected && clock() < deadline) { await new Promise(resolve => setTimeout(resolve, 50)); }
const cpuAfter = cpuTicks();
const pressureAfter = cpuPressureMicros();
const elapsed = (clock() - measuredStart) / 1000;

// After the measured phase (its CPU figures are taken): the HTTP floor, 500 sequential GETs of /health.
const floorTimes = await new Promise(resolve => { floorAnswer = resolve; writer.postMessage({ floorCount: 500 }); });
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

const ms = (h, p) => h.getValueAtPercentile(p) / 1000;
const result = {
  hosts: bases.length,
  clients: connections.length,
  groups: groups.length,
  rate,
  seconds,
  writes: writes.length,
  failedPosts,
  expectedEvents: expected,
  receivedEvents: measuredReceived(),
  lostEvents: expected - measuredReceived(),
  unmatched,
  delivery: { p50: ms(delivery, 50), p99: ms(delivery, 99), p999: ms(delivery, 99.9), max: delivery.maxValue / 1000 },
  postFromScheduled: { p50: ms(postFromScheduled, 50), p99: ms(postFromScheduled, 99), p999: ms(postFromScheduled, 99.9) },
  postService: { p50: ms(postService, 50), p99: ms(postService, 99), mean: postService.mean / 1000 },
  httpFloor: { p50: percentile(floorTimes, 50), p99: percentile(floorTimes, 99) },
  cpuMsPerWrite: ((cpuAfter - cpuBefore) * (1000 / clockTicks)) / writes.length,
  phaseSeconds: elapsed,
  cpuPressurePercent: pressureBefore === null ? null : (pressureAfter - pressureBefore) / (elapsed * 10_000),
  loadAverage: os.loadavg()[0], // 1-minute load at the end of the measured phase: other engineers' builds show here
};
writeFileSync(args.out, JSON.stringify(result, null, 2));
if (args.trace) {
  // One line per write, ms from the phase start: scheduled, sent, answered, last receipt; for finding stalls.
  const t0 = writes[0].scheduled;
  log(`trace: t = 0 is ${new Date(Date.now() - clock() + t0).toISOString()}`); // to line it up with the hosts' own counters
  const at = x => (x === undefined ? '' : (x - t0).toFixed(2));
  writeFileSync(args.trace, ['n,group,scheduled,sent,answered,last_receipt', ...writes.map(w => `${w.n},${groups.indexOf(w.group)},${at(w.scheduled)},${at(w.sent)},${at(w.done)},${at(w.last)}`)].join('\n'));
}
log(`done: ${result.receivedEvents}/${result.expectedEvents} events, p99 ${result.delivery.p99} ms`);
await Promise.all(connections.map(({ connection }) => connection.stop()));
agent.destroy();
await writer.terminate();
