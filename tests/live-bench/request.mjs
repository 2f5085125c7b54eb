// One HTTP request on a keep-alive agent, as the driver and its writer thread both send them; and the clock both use.
import http from 'node:http';

/** Milliseconds on the monotonic clock every thread of the process shares (performance.now() differs per thread). */
export const clock = () => Number(process.hrtime.bigint()) / 1e6;

export function request(agent, base, method, path, cookie, body) {
  return new Promise((resolve, reject) => {
    const headers = { 'X-Forwarded-Proto': 'https' };
    if (cookie) { headers.Cookie = cookie; }
    if (body) { headers['Content-Type'] = 'application/x-www-form-urlencoded'; headers['Content-Length'] = Buffer.byteLength(body); }
    const req = http.request(`${base}${path}`, { method, headers, agent }, res => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', chunk => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
