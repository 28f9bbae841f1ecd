// Who is signed in, signing in and out, and the links the portal emails: password reset, account
// activation, email confirmation, and a representative's invitation.

import { getJson, postJson } from './http';
import type { ClientKind, Scope } from './clients';

export interface Me {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  language: 'lv' | 'en';
  phone: string;
  address: string;
  mustChangePassword: boolean;
  mustAcceptTerms: boolean;
  /** False for an account the unified login made: it signs in with Latvija.lv and confirms steps by signing in there again. */
  hasPassword: boolean;
  clients: { id: string; name: string; kind: ClientKind; scopes: Scope[] }[];
  session: { id: string; startedAt: string; expiresAt: string; absoluteExpiresAt: string; idleTimeoutSeconds: number };
}

/** An ES staff member signed in through their organisation's identity provider. */
export interface Staff {
  id: string;
  name: string;
  email: string;
  roles: string[];
}

export interface SessionStatus {
  signedIn: boolean;
  user: Me | null;
  staff: Staff | null;
  /** The external sign-ins the portal offers ('vpm': Latvija.lv; a bank's id). */
  externalProviders: string[];
  /** The banks a person may enter from (§14, §23.2), with their names. */
  banks: { id: string; name: string }[];
}

/** What an invitation link offers: the client, the rights, and whether the invited email has an account. */
export interface InvitationView {
  clientName: string;
  email: string;
  scopes: Scope[];
  hasAccount: boolean;
}

/** The invited person's new account, when the email has none yet. */
export interface InvitedAccount {
  firstName: string;
  lastName: string;
  password: string;
  /** The terms in force, which the person has ticked to accept (§4). */
  acceptedTermsVersion: number;
}

export const getSession = (): Promise<SessionStatus> => getJson('/api/auth/session');

export const signIn = (email: string, password: string): Promise<Me> => postJson('/api/auth/sign-in', { email, password });

export const signOut = (): Promise<void> => postJson('/api/auth/sign-out');

export const requestPasswordReset = (email: string): Promise<void> => postJson('/api/auth/password-reset', { email });

export const resetPassword = (token: string, newPassword: string): Promise<void> => postJson('/api/auth/password-reset/confirm', { token, newPassword });

export const activateAccount = (token: string, password: string): Promise<void> => postJson('/api/auth/activate', { token, password });

export const resendActivation = (token: string): Promise<void> => postJson('/api/auth/activate/resend', { token });

export const confirmEmail = (token: string): Promise<void> => postJson('/api/auth/confirm-email', { token });

export const viewInvitation = (token: string): Promise<InvitationView> => postJson('/api/auth/invitation', { token });

/** Accepts as the signed-in user, or creates the invited person's account and accepts with it. */
export const acceptInvitation = (token: string, account?: InvitedAccount): Promise<void> => postJson('/api/auth/invitation/accept', { token, ...account });
