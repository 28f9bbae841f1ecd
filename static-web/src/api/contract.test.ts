// The UI's calls against the API's OpenAPI document, which the build writes beside the Function App
// (./dev test builds before it runs this; PORTAL_OPENAPI names another copy). Every path this module
// calls, with its method, must be an operation of the document, and the document must be valid
// OpenAPI 3.1 by the specification's own JSON Schema.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const documentPath = process.env.PORTAL_OPENAPI ?? join(root, 'functions', 'Portal.Functions', 'bin', 'Debug', 'net10.0', 'openapi.json');

interface OpenApi {
  [key: string]: unknown;
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
}

function openApi(): OpenApi {
  if (!existsSync(documentPath)) throw new Error(`${documentPath} is missing: build the solution first (./dev test does).`);
  return JSON.parse(readFileSync(documentPath, 'utf8')) as OpenApi;
}

const helpers: Record<string, string> = { getJson: 'get', postJson: 'post', patchJson: 'patch', putJson: 'put', deleteResource: 'delete', deleteJson: 'delete', postForm: 'post' };

interface Call {
  module: string;
  method: string;
  path: string;
}

/** The values a template fills in from `x.action`: each literal of the module's `action: '...' | '...'` types. */
function actions(source: string): string[] {
  return [...source.matchAll(/\baction: ((?:'[^']+'(?:\s*\|\s*)?)+)/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((v) => v[1]!));
}

/** The module's code without its comments, where an example path is no call. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/**
 * Each API path a module writes ('/api/...' or apiPath`/api/...`), with the method of the helper that
 * sends it: the one it is passed to, else the one its exported function calls; a path no helper sends
 * is a link the browser follows (GET). A value the UI fills in is {}, except `${x.action}`, which
 * stands for each action the module's types name.
 */
function callsOf(module: string, source: string): Call[] {
  const calls: Call[] = [];
  const text = code(source);
  for (const statement of text.split(/\n(?=export )/)) {
    const used = [...statement.matchAll(/\b(getJson|postJson|patchJson|deleteResource|deleteJson|postForm)\(/g)].map((m) => helpers[m[1]!]!);
    for (const match of statement.matchAll(/(?:\b(getJson|postJson|patchJson|deleteResource|deleteJson|postForm)\(\s*(?:withQuery\(\s*)?)?(?:apiPath`|')(\/api\/[^`'?]*)/g)) {
      const method = match[1] ? helpers[match[1]]! : new Set(used).size === 1 ? used[0]! : used.length === 0 ? 'get' : 'ambiguous';
      const template = match[2]!;
      const paths = /\$\{\w+\.action\}/.test(template) ? actions(text).map((action) => template.replace(/\$\{\w+\.action\}/, action)) : [template];
      for (const path of paths) calls.push({ module, method, path: path.replace(/\$\{[^}]*\}/g, '{}') });
    }
  }

  // Every path in the code must be one of the calls above, or it would go unchecked.
  const written = [...text.matchAll(/\/api\//g)].length;
  const parsed = [...text.matchAll(/(?:apiPath`|')\/api\//g)].length;
  if (written !== parsed) throw new Error(`${module} writes ${written} API paths, of which ${parsed} in a form this test reads ('/api/...' or apiPath\`/api/...\`).`);
  return calls;
}

/** Whether a called path fits a documented one: a {} the UI fills fits a parameter, a literal its equal or a parameter. */
function fits(called: string, documented: string): boolean {
  const a = called.split('/');
  const b = documented.split('/');
  return a.length === b.length && a.every((segment, i) => (b[i]!.startsWith('{') ? true : segment === b[i]));
}

describe('the API module against the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 by the specification’s schema', async () => {
    const document = openApi();
    const validator = new Validator();
    const result = await validator.validate(document);

    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('calls only operations the document has, each with its method', () => {
    const document = openApi();
    const directory = import.meta.dirname;
    const calls = readdirSync(directory)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) => callsOf(file, readFileSync(join(directory, file), 'utf8')));

    expect(calls.length).toBeGreaterThan(40);
    const missing = calls.filter((call) => !Object.entries(document.paths).some(([path, item]) => fits(call.path, path) && call.method in item));
    expect(missing).toEqual([]);
  });

  it('finds the method of each kind of call, and a path the document lacks', () => {
    const source = [
      "export const a = (id: string) => getJson(apiPath`/api/clients/${id}/invoices`);",
      "export const b = () => postJson('/api/auth/sign-out');",
      "export type Act = { action: 'block' | 'unblock'; reason: string } | { action: 'unlock' };",
      'export function c(id: string, act: Act) {\n  const path = apiPath`/api/staff/users/${id}/${act.action}`;\n  return postJson(path);\n}',
      '/** An example in a comment: apiPath`/api/nowhere/${id}` is no call. */',
      'export const d = (id: string): string => apiPath`/api/clients/${id}/invoices/${id}/pdf`;',
      "export const e = () => getJson(withQuery('/api/staff/users', { query }));",
    ].join('\n');

    expect(callsOf('x.ts', source)).toEqual([
      { module: 'x.ts', method: 'get', path: '/api/clients/{}/invoices' },
      { module: 'x.ts', method: 'post', path: '/api/auth/sign-out' },
      { module: 'x.ts', method: 'post', path: '/api/staff/users/{}/block' },
      { module: 'x.ts', method: 'post', path: '/api/staff/users/{}/unblock' },
      { module: 'x.ts', method: 'post', path: '/api/staff/users/{}/unlock' },
      { module: 'x.ts', method: 'get', path: '/api/clients/{}/invoices/{}/pdf' },
      { module: 'x.ts', method: 'get', path: '/api/staff/users' },
    ]);
    expect(fits('/api/staff/users/{}/block', '/api/staff/users/{userId}/block')).toBe(true);
    expect(fits('/api/staff/users/{}/{}', '/api/staff/users/{userId}/block')).toBe(false);
    expect(fits('/api/clients/{}/invoices', '/api/clients/{clientId}/permits')).toBe(false);
    expect(() => callsOf('y.ts', 'export const f = () => getJson(`/api/me`);')).toThrow(/writes 1 API paths, of which 0/);
  });
});
