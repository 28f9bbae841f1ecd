// A client the user acts for: its details and capabilities, its balance, and its representatives
// with the invitations not yet accepted.

import { apiPath, deleteResource, getJson, patchJson, postJson } from './http';

export type ClientKind = 'natural' | 'legal';

/** What a representative may do for a client (§2.5). */
export type Scope = 'finance' | 'technical' | 'submit' | 'admin';
export const scopes: readonly Scope[] = ['finance', 'technical', 'submit', 'admin'];

/** A portal service open to this user for the client; the header and the overview link its page. */
export type Capability = 'balance' | 'invoices' | 'payments' | 'statement' | 'billing-accounts' | 'permits' | 'e-permits' | 'reports' | 'representatives' | 'submissions';

export interface ClientDetails {
  id: string;
  name: string;
  kind: ClientKind;
  billingArrangement: string | null;
  services: string[];
  scopes: Scope[];
  capabilities: Capability[];
}

export interface Balance {
  due: number;
  overdue: number;
  credit: number;
  nextDueOn: string | null;
  lastPaymentOn: string | null;
  lastPaymentAmount: number | null;
  /** Paid online (the bank said so) and not booked by ES yet: already taken off `due`. */
  awaitingBooking: number;
  /** In payment orders sent to the bank and not answered yet: still in `due`. */
  paymentInProgress: number;
}

export interface Representative {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  scopes: Scope[];
}

/** Sent to the invited email at once, or first checked by ES staff. */
export type InvitationStatus = 'sent' | 'awaiting-staff';

export interface PendingInvitation {
  id: string;
  email: string;
  scopes: Scope[];
  status: InvitationStatus;
  expiresAt: string;
}

export const getClient = (clientId: string): Promise<ClientDetails> => getJson(apiPath`/api/clients/${clientId}`);

export const getBalance = (clientId: string): Promise<Balance> => getJson(apiPath`/api/clients/${clientId}/balance`);

export const getRepresentatives = (clientId: string): Promise<{ items: Representative[] }> => getJson(apiPath`/api/clients/${clientId}/representatives`);

export const setRepresentativeScopes = (clientId: string, userId: string, chosen: Scope[]): Promise<void> =>
  patchJson(apiPath`/api/clients/${clientId}/representatives/${userId}`, { scopes: chosen });

export const removeRepresentative = (clientId: string, userId: string): Promise<void> =>
  deleteResource(apiPath`/api/clients/${clientId}/representatives/${userId}`);

export const getPendingInvitations = (clientId: string): Promise<{ items: PendingInvitation[] }> =>
  getJson(apiPath`/api/clients/${clientId}/representatives/invitations`);

export const inviteRepresentative = (clientId: string, email: string, chosen: Scope[]): Promise<{ status: InvitationStatus }> =>
  postJson(apiPath`/api/clients/${clientId}/representatives/invitations`, { email, scopes: chosen });

export const revokeInvitation = (clientId: string, invitationId: string): Promise<void> =>
  deleteResource(apiPath`/api/clients/${clientId}/representatives/invitations/${invitationId}`);
