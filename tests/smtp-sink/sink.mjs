// Listens on a free loopback port without TLS or authentication, as a local relay would. Prints {"port":N} first,
// then {"from","to","data"} for every message, one JSON object per line, until stdin closes.
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, done) {
    const chunks = [];
    stream.on('data', chunk => chunks.push(chunk));
    stream.on('end', () => {
      const message = {
        from: session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map(r => r.address),
        data: Buffer.concat(chunks).toString('utf8'),
      };
      process.stdout.write(JSON.stringify(message) + '\n');
      done();
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.server.address().port }) + '\n');
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
