import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankOrigins, configWithBanks, withFormActions } from './bank-form-actions';

const configText = readFileSync(join(import.meta.dirname, '..', 'public', 'staticwebapp.config.json'), 'utf8');
const policyOf = (text: string): string => (JSON.parse(text) as { globalHeaders: Record<string, string> }).globalHeaders['Content-Security-Policy']!;

describe('the banks in the static site’s CSP (PORTAL_BANK_FORM_ACTIONS)', () => {
  it('leaves the config as it is, form-action \'self\' alone, when no bank is set', () => {
    for (const setting of [undefined, '', '  \n ']) {
      expect(bankOrigins(setting)).toEqual([]);
      expect(configWithBanks(configText, bankOrigins(setting))).toBe(configText);
    }
    expect(policyOf(configText)).toContain("form-action 'self';");
  });

  it('adds each bank’s origin once to form-action, and changes nothing else', () => {
    const origins = bankOrigins(' https://Pay.Bank-A.example  https://ib.bank-b.example:8443/\thttps://pay.bank-a.example ');
    const written = configWithBanks(configText, origins);

    expect(origins).toEqual(['https://pay.bank-a.example', 'https://ib.bank-b.example:8443']);
    expect(policyOf(written)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https://pay.bank-a.example https://ib.bank-b.example:8443; frame-ancestors 'none'",
    );
    const before = JSON.parse(configText) as Record<string, unknown>;
    const after = JSON.parse(written) as Record<string, unknown>;
    expect({ ...after, globalHeaders: null }).toEqual({ ...before, globalHeaders: null });
    expect(Object.keys(after.globalHeaders as object)).toEqual(Object.keys(before.globalHeaders as object));
  });

  it.each([
    'http://bank.example',
    'https://bank.example/pay',
    'https://bank.example?x=1',
    'https://bank.example#x',
    'https://user@bank.example',
    'https://*.bank.example',
    'https://bank.example;script-src',
    'https://bank.example,https://other.example',
    'https://bank',
    'bank.example',
    "'self'",
  ])('refuses %s, naming it', (entry) => {
    expect(() => bankOrigins(`https://ok.example ${entry}`)).toThrow(entry);
  });

  it('lets the banks replace a form-action of \'none\'', () => {
    expect(withFormActions("form-action 'none'; base-uri 'none'", ['https://bank.example'])).toBe('form-action https://bank.example; base-uri \'none\'');
  });
});
