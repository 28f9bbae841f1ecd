// The development identity provider: a real OpenID provider (npm oidc-provider) standing in for
// Microsoft Entra ID on this machine. It knows the staff accounts with their app roles, shows a
// sign-in page for them, and issues client-credentials tokens to scripts. Its signing key and
// cookie keys are made afresh at every start; nothing here is a secret worth keeping.
//
//   node scripts/dev-identity.mjs --port=7080 --client-secret=<random> --staff-password=<random>
//   (values as --name=value, so one that begins with "-" is never taken for an option)
//
// The portal's callback is accepted on any loopback port (as RFC 8252 allows native apps), so the
// dev host and every test host, each on its own port, sign staff in through the same provider.
import crypto from 'node:crypto';
import http from 'node:http';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string' },
    'client-secret': { type: 'string' },
    'staff-password': { type: 'string' },
  },
});
for (const required of ['port', 'client-secret', 'staff-password']) {
  if (!args[required]) {
    console.error(`dev-identity: --${required} is required`);
    process.exit(2);
  }
}

const issuer = `http://127.0.0.1:${args.port}`;
// The portal's one app registration: the browser sign-in client and the audience of every token.
const portalClientId = 'radioatlaujas-portal';
const callbackPath = '/api/staff/auth/callback';

// Staff people with the app roles Entra would assign them.
const staff = new Map(
  [
    { email: 'operator@staff.radioatlaujas.lv', name: 'Olga Operatore', roles: ['Staff.Operator'] },
    { email: 'admin@staff.radioatlaujas.lv', name: 'Andris Administrators', roles: ['Staff.Admin'] },
    { email: 'reader@staff.radioatlaujas.lv', name: 'Rita Lasītāja', roles: [] },
  ].map((person) => [person.email, { ...person, id: crypto.createHash('sha256').update(person.email).digest('hex').slice(0, 32) }]),
);
const staffById = new Map([...staff.values()].map((person) => [person.id, person]));

// Scripts and services that call with client-credentials tokens, and the app roles granted to each.
const applications = {
  'staff-operator-script': ['Staff.Operator'],
  'staff-admin-script': ['Staff.Admin'],
  'backoffice': ['BackOffice.Write'],
  // Granted the back office's role by mistake: the portal still refuses it, as it is not the back office.
  'other-backoffice-writer': ['BackOffice.Write'],
  'no-role-script': [],
};

const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: crypto.randomBytes(8).toString('hex'), use: 'sig', alg: 'RS256' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: portalClientId,
      client_secret: args['client-secret'],
      redirect_uris: [`http://127.0.0.1${callbackPath}`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
    ...Object.keys(applications).map((clientId) => ({
      client_id: clientId,
      client_secret: args['client-secret'],
      redirect_uris: [],
      grant_types: ['client_credentials'],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_post',
    })),
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  claims: { openid: ['sub', 'oid'], profile: ['name', 'preferred_username', 'roles'], email: ['email'] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // Like Entra's ".default": every token is for the portal API, a JWT the portal validates itself.
      defaultResource: () => `api://${portalClientId}`,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'access',
        audience: portalClientId,
        accessTokenFormat: 'jwt',
        accessTokenTTL: 3600,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  // The portal is first-party: its staff consent once, here, on ES's behalf.
  async loadExistingGrant(ctx) {
    const accountId = ctx.oidc.session.accountId;
    if (!accountId) return undefined;
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
    grant.addOIDCScope('openid profile email');
    await grant.save();
    return grant;
  },
  async findAccount(_ctx, sub) {
    const person = staffById.get(sub);
    if (!person) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { sub, oid: sub, name: person.name, preferred_username: person.email, email: person.email, roles: person.roles };
      },
    };
  },
  async extraTokenClaims(_ctx, token) {
    if (token.kind === 'ClientCredentials') {
      // The claims of an Entra v2 application token that the portal reads.
      return { ver: '2.0', tid: 'development', oid: token.clientId, azp: token.clientId, roles: applications[token.clientId] ?? [] };
    }
    return undefined;
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: { Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600, AccessToken: 3600, IdToken: 3600, AuthorizationCode: 60, ClientCredentials: 3600 },
});
const redirectUriAllowed = provider.Client.prototype.redirectUriAllowed;
provider.Client.prototype.redirectUriAllowed = function allowLoopback(uri) {
  if (this.clientId === portalClientId) {
    const url = URL.canParse(uri) ? new URL(uri) : null;
    return url !== null && url.pathname === callbackPath && !url.search && !url.hash
      && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && ['http:', 'https:'].includes(url.protocol);
  }
  return redirectUriAllowed.call(this, uri);
};
provider.on('server_error', (_ctx, error) => console.error('dev-identity:', error));

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function signInPage(uid, email, error) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ES staff sign-in (development)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
label{display:block;margin-top:1rem}input{display:block;width:100%;padding:.5rem;font-size:1rem}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#a00000}</style></head>
<body><main><h1>ES staff sign-in</h1>
<p>Development identity provider standing in for Microsoft Entra ID.</p>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" value="${escape(email)}" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>
<p>Staff: ${[...staff.keys()].map(escape).join(', ')}</p></main></body></html>`;
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

const oidc = provider.callback();
const server = http.createServer(async (req, res) => {
  if (req.url === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }

  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url, issuer).pathname);
  if (!match) {
    oidc(req, res);
    return;
  }

  try {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET' && !match[2]) {
      send(res, 200, signInPage(details.uid, '', ''));
      return;
    }

    if (req.method === 'POST' && match[2]) {
      const form = await readForm(req);
      const email = (form.get('email') ?? '').trim().toLowerCase();
      const person = staff.get(email);
      const passwordOk = crypto.timingSafeEqual(
        crypto.createHash('sha256').update(form.get('password') ?? '').digest(),
        crypto.createHash('sha256').update(args['staff-password']).digest(),
      );
      if (!person || !passwordOk) {
        send(res, 200, signInPage(details.uid, email, 'Wrong email or password.'));
        return;
      }

      await provider.interactionFinished(req, res, { login: { accountId: person.id } }, { mergeWithLastSubmission: false });
      return;
    }

    send(res, 405, 'Method not allowed');
  } catch (error) {
    send(res, 400, `<!doctype html><html lang="en"><title>Sign-in failed</title><p>${escape(error.message)}</p></html>`);
  }
});

server.listen(Number(args.port), '127.0.0.1', () => {
  console.log(`dev-identity: listening on ${issuer}`);
});
