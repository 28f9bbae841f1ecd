// Signing in through an external identity provider (Latvija.lv's unified login): where the browser goes to begin, the next step when
// the provider's answer named no user at once, and the profile's ways in.

import { apiPath, deleteJson, getJson, postJson, withQuery } from './http';
import type { Me } from './auth';

export type ExternalNext = 'link' | 'new-account' | 'several' | 'signatory' | 'no-match' | 'blocked' | 'refused';

/** What an application for staff to check can be prefilled with (a signatory, or a person matching nothing). */
export interface ExternalApplicationPrefill {
  personKind: 'natural' | 'legal';
  firstName: string;
  lastName: string;
  personalCode: string | null;
  registrationNumber: string | null;
}

export interface ExternalPending {
  provider: string;
  providerName: string;
  next: ExternalNext;
  givenName: string;
  surname: string;
  email: string | null;
  application: ExternalApplicationPrefill | null;
}

export interface LoginItem {
  provider: string;
  providerName: string;
  linkedAt: string;
  lastUsedAt: string;
  method: string | null;
}

export interface Logins {
  hasPassword: boolean;
  logins: LoginItem[];
  available: string[];
}

/** The address that begins a sign-in with Latvija.lv (a full page navigation, not a call). */
export const vpmSignInPath = (returnTo = '/'): string => withQuery('/api/auth/vpm/sign-in', { returnTo });

/** Entry from a bank's site: the page posts the bank's signed request to it. */
export const bankSignInPath = (bank: string, returnTo = '/'): string => withQuery(apiPath`/api/auth/bank/${bank}/sign-in`, { returnTo });

export const getExternalPending = (): Promise<ExternalPending> => getJson('/api/auth/external');

export const linkExternal = (email: string, password: string): Promise<Me> => postJson('/api/auth/external/link', { email, password });

export const sendExternalEmail = (email: string, language: string): Promise<{ email: string }> => postJson('/api/auth/external/email', { email, language });

export const createExternalAccount = (code: string, acceptedTermsVersion: number): Promise<Me> =>
  postJson('/api/auth/external/account', { code, acceptedTermsVersion });

export const getLogins = (): Promise<Logins> => getJson('/api/me/logins');

/** The step-up, then where the browser goes to sign in at the provider, whose answer links the login. */
export const linkLogin = (provider: string, currentPassword: string): Promise<{ location: string }> =>
  postJson(apiPath`/api/me/logins/${provider}`, { currentPassword });

export const unlinkLogin = (provider: string, currentPassword: string): Promise<void> => deleteJson(apiPath`/api/me/logins/${provider}`, { currentPassword });
