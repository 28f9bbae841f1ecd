// The static site's CSP for Azure: the payment page posts the bank's form to the bank, and the browser lets a form go only
// where the CSP's form-action names. The build takes the banks' origins from PORTAL_BANK_FORM_ACTIONS (space-separated
// https origins; azd hands its environment's values to the build) and writes them into dist/staticwebapp.config.json.
// With none set, form-action stays 'self' alone. The dev host does the same from the providers it has configured.

const header = 'Content-Security-Policy';

/** A host name or IPv4 address: letters, digits, hyphens and dots, nothing a CSP or a wildcard could read otherwise. */
const plainHost = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

/** The origins the setting names, each once, in its order; throws naming the first entry that is not an https origin. */
export function bankOrigins(setting: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (setting ?? '').split(/\s+/).filter((part) => part !== '')) {
    const origin = httpsOrigin(entry);
    if (origin === null) {
      throw new Error(`PORTAL_BANK_FORM_ACTIONS: '${entry}' is not an https origin (https://host or https://host:port, without a path, query or wildcard).`);
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}

function httpsOrigin(entry: string): string | null {
  if (!/^https:\/\//i.test(entry)) return null;
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return null;
  }
  const bare = url.username === '' && url.password === '' && url.pathname === '/' && url.search === '' && url.hash === '' && !/[?#]/.test(entry);
  return bare && plainHost.test(url.hostname) && entry.replace(/\/$/, '').split('/').length === 3 ? url.origin : null;
}

/** The policy with the origins added to its form-action directive, after what it names; unchanged with none. */
export function withFormActions(policy: string, origins: readonly string[]): string {
  if (origins.length === 0) return policy;
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (name!.toLowerCase() !== 'form-action') return directive;
      const kept = sources.filter((source) => source !== "'none'");
      return [name, ...kept, ...origins.filter((origin) => !kept.includes(origin))].join(' ');
    })
    .join('; ');
}

/** staticwebapp.config.json's text with the banks let through its CSP; the text as it was when there are none. */
export function configWithBanks(configText: string, origins: readonly string[]): string {
  if (origins.length === 0) return configText;
  const config = JSON.parse(configText) as { globalHeaders?: Record<string, string> };
  const policy = config.globalHeaders?.[header];
  if (policy === undefined || !/(^|;)\s*form-action\s/i.test(policy)) {
    throw new Error(`staticwebapp.config.json has no ${header} with form-action to add the banks to.`);
  }
  config.globalHeaders![header] = withFormActions(policy, origins);
  return `${JSON.stringify(config, null, 2)}\n`;
}
