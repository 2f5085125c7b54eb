// Prints the live benchmark's figures and budget lines from run.sh's results folder (one sub-folder per run).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';

const folder = process.argv[2];
const runs = readdirSync(folder).map(name => {
  const result = JSON.parse(readFileSync(join(folder, name, 'result.json'), 'utf8'));
  // Two raw runs: before the host starts and after it stops, on the same database; the disk is shared, so both show.
  const [before, after] = readFileSync(join(folder, name, 'raw.txt'), 'utf8').trim().split('\n')
    .map(line => Object.fromEntries(line.trim().split(' ').slice(2).map(kv => kv.split('='))));
  const raw = { before: Number(before.p50_ms), after: Number(after.p50_ms) };
  // Disturbance (a shared disk) only ever slows an insert, so the lower of the two is the better floor.
  const grain = Object.fromEntries(readFileSync(join(folder, name, 'grain.txt'), 'utf8').trim().split(' ').slice(2).map(kv => kv.split('=')));
  return { ...result, raw: { ...raw, p50: Math.min(raw.before, raw.after) }, grain: Number(grain.p50_ms), run: name.split('-')[1] };
}).sort((a, b) => a.clients - b.clients || a.run - b.run);

const f = (x, d = 1) => x.toFixed(d);
console.log(`\nLive updates benchmark — ${os.cpus().length} cores, load average ${os.loadavg().map(x => f(x, 2)).join(' ')} (machine may be shared)`);
console.log('latency = scheduled send → `changed` received, per receiving connection; write = progress POST, actual send → 302 answer;');
console.log('CPU pressure = share of the measured phase in which some task on the machine waited for a CPU (/proc/pressure/cpu); high = shared, saturated machine');
console.log('raw = one progress row inserted and committed with Dapper (WAL, synchronous=FULL), p50 before / after the host ran; ratio = write p50 / the lower of the two');
console.log('floor = 500 sequential anonymous GETs of /health after the phase (Kestrel, middleware, one database read): the least any HTTP write can cost');
console.log('grain = the same progress through the action-item grain alone (item row, progress row, journal entry in one transaction, event published), no HTTP');
console.log('');
console.log('| clients | groups | run | writes | p50 ms | p99 ms | p99.9 ms | max ms | events expected | received | lost | CPU-ms/write | write p50 ms | write p99 ms | raw insert p50 ms (before/after) | ratio | CPU-ms/write ÷ raw | grain p50 ms | grain ÷ raw | CPU pressure % | load (1 min) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of runs) {
  r.ratio = r.postService.p50 / r.raw.p50;
  console.log(`| ${r.clients} | ${r.groups} | ${r.run} | ${r.writes} | ${f(r.delivery.p50)} | ${f(r.delivery.p99)} | ${f(r.delivery.p999)} | ${f(r.delivery.max)} | ${r.expectedEvents} | ${r.receivedEvents} | ${r.lostEvents} | ${f(r.cpuMsPerWrite, 2)} | ${f(r.postService.p50, 2)} | ${f(r.postService.p99, 2)} | ${f(r.raw.before, 2)} / ${f(r.raw.after, 2)} | ${f(r.ratio, 1)} | ${f(r.cpuMsPerWrite / r.raw.p50, 1)} | ${f(r.grain, 2)} | ${f(r.grain / r.raw.p50, 1)} | ${r.cpuPressurePercent == null ? 'n/a' : f(r.cpuPressurePercent, 0)} | ${r.loadAverage == null ? 'n/a' : f(r.loadAverage, 2)} |`);
}

console.log('');
const verdict = ok => (ok ? 'met' : 'MISSED');
for (const r of runs) {
  const label = `N=${r.clients} on ${r.hosts ?? 1} host(s) run ${r.run}`;
  if (r.clients >= 2000) { console.log(`BUDGET ${label}: p99 ≤ 25 ms at 2,000 clients — ${f(r.delivery.p99)} ms — ${verdict(r.delivery.p99 <= 25)}`); }
  console.log(`BUDGET ${label}: write path ≤ 3× raw insert-and-commit — ${f(r.postService.p50, 2)} / ${f(r.raw.p50, 2)} ms = ${f(r.ratio, 2)}× — ${verdict(r.ratio <= 3)}`);
  console.log(`  (the HTTP floor, GET /health: p50 ${f(r.httpFloor.p50, 2)} ms = ${f(r.httpFloor.p50 / r.raw.p50, 2)}× raw; floor + grain = ${f((r.httpFloor.p50 + r.grain) / r.raw.p50, 2)}× raw)`);
  console.log(`  (the grain alone, without HTTP: ${f(r.grain, 2)} / ${f(r.raw.p50, 2)} ms = ${f(r.grain / r.raw.p50, 2)}× — ${verdict(r.grain / r.raw.p50 <= 3)})`);
  console.log(`BUDGET ${label}: zero lost events — ${r.lostEvents} lost (${r.failedPosts} failed posts, ${r.unmatched} unmatched) — ${verdict(r.lostEvents === 0)}`);
}
for (const r of runs) {
  console.log(`RESULT live hosts=${r.hosts ?? 1} clients=${r.clients} run=${r.run} p50_ms=${f(r.delivery.p50, 3)} p99_ms=${f(r.delivery.p99, 3)} p999_ms=${f(r.delivery.p999, 3)} lost=${r.lostEvents} cpu_ms_per_write=${f(r.cpuMsPerWrite, 3)} write_p50_ms=${f(r.postService.p50, 3)} write_p99_ms=${f(r.postService.p99, 3)} raw_p50_ms=${f(r.raw.p50, 3)} raw_before_ms=${f(r.raw.before, 3)} raw_after_ms=${f(r.raw.after, 3)} ratio=${f(r.ratio, 3)} floor_p50_ms=${f(r.httpFloor.p50, 3)} grain_p50_ms=${f(r.grain, 3)} grain_ratio=${f(r.grain / r.raw.p50, 3)} cpu_pressure_pct=${r.cpuPressurePercent == null ? 'na' : f(r.cpuPressurePercent, 1)} load_1min=${r.loadAverage == null ? 'na' : f(r.loadAverage, 2)}`);
}
