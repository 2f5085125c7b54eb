// A real OpenID Connect provider on a free loopback port, standing in for Microsoft Entra ID in the work-account tests.
// Usage: node provider.mjs <client secret> <redirect uri>...
// Prints {"port":N} once it listens, then serves until stdin closes.
// Its development login page accepts any login and password; the login is the account:
//   "ana@example.org"            → e-mail ana@example.org, verified by the provider
//   "unverified:ana@example.org" → the same address, not verified
import Provider from 'oidc-provider';
import { createServer } from 'node:http';

const [secret, ...redirectUris] = process.argv.slice(2);
if (!secret || redirectUris.length === 0) {
  process.stderr.write('usage: node provider.mjs <client secret> <redirect uri>...\n');
  process.exit(2);
}

function account(login) {
  const unverified = login.startsWith('unverified:');
  const email = unverified ? login.slice('unverified:'.length) : login;
  return {
    accountId: login,
    claims: () => ({
      sub: login,
      email,
      email_verified: !unverified,
      name: email.split('@')[0].replace(/[._]/g, ' '),
    }),
  };
}

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: 'roundtable',
      client_secret: secret,
      redirect_uris: redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The claims travel in the ID token, as Entra ID sends them; the client need not call userinfo.
    conformIdTokenClaims: false,
    findAccount: (ctx, id) => account(id),
  });
  // Quiet: the warnings about development keys and interactions are expected in a test provider.
  provider.on('server_error', (ctx, error) => process.stderr.write(`${error.stack}\n`));
  server.on('request', provider.callback());
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
});

process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
