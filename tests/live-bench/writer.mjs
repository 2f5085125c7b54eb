// The driver's writer thread: sends the progress posts at their scheduled times and times each answer. It runs apart
// from the thread that holds the hub connections, so a post's time is not stretched by that thread's work on thousands
// of incoming events (it was: the answer waited in the same event loop as every `changed` message).
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { clock, request } from './request.mjs';

const { base, writers } = workerData; // group id → { cookie, token }
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

async function post(write) {
  const writer = writers[write.groupId];
  const body = new URLSearchParams({ _handler: 'progress', __RequestVerificationToken: writer.token, 'Input.Text': `Bench progress ${write.n}` }).toString();
  const sent = clock();
  try {
    const answer = await request(agent, writer.host ?? base, 'POST', `/groups/${write.groupId}/actions/${write.key}/progress`, writer.cookie, body);
    if (answer.status !== 302) { throw new Error(`status ${answer.status}`); }
    parentPort.postMessage({ n: write.n, sent, done: clock() });
  } catch (error) {
    parentPort.postMessage({ n: write.n, sent, error: error.message });
  }
}

// The floor under any write: sequential anonymous GETs of /health (Kestrel, the middleware pipeline, one database read),
// on the same kind of connection, timed the same way. A write can cost no less than this plus its commit.
async function floor(count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const sent = clock();
    const answer = await request(agent, base, 'GET', '/health', '', undefined);
    if (answer.status !== 200) { throw new Error(`health answered ${answer.status}`); }
    times.push(clock() - sent);
  }
  parentPort.postMessage({ floor: times });
}

// Open loop: every send time is fixed before the phase starts; a send never waits for an earlier one.
parentPort.on('message', ({ writes, floorCount }) => {
  if (floorCount) { floor(floorCount); return; }
  let next = 0;
  const tick = () => {
    const now = clock();
    while (next < writes.length && writes[next].scheduled <= now) { post(writes[next++]); }
    if (next < writes.length) { setTimeout(tick, Math.max(0, writes[next].scheduled - clock())); }
  };
  tick();
});
