// The ES staff API: applications to review, users to find and act on, clients with their
// representatives, invitations waiting for a check, new terms to publish, and payment orders to
// check. The server checks every role.

import { apiPath, deleteResource, getJson, patchJson, postJson, withQuery, type PageOf } from './http';
import type { Invoice } from './billing';
import type { Balance, ClientKind, Scope } from './clients';
import type { PermitSummary } from './permits';
import type { PersonKind } from './registrations';

/** A full navigation: the identity provider's page, then back through the portal's callback to the applications. */
export const staffSignInUrl = '/api/staff/auth/sign-in?returnTo=/staff/registrations';

/** A new staff sign-in without a page where the identity provider allows it (prompt=none), back to this page. */
export const silentStaffSignInUrl = (returnTo: string): string =>
  '/api/staff/auth/sign-in?prompt=none&returnTo=' + encodeURIComponent(returnTo);

export type ApplicationStatus = 'pending' | 'approving' | 'approved' | 'rejected';
export type AccountStatus = 'active' | 'blocked' | 'terminated' | 'awaiting-activation';

export interface Application {
  id: string;
  status: ApplicationStatus;
  personKind: PersonKind;
  firstName: string;
  lastName: string;
  personalCode: string;
  companyName: string | null;
  registrationNumber: string | null;
  position: string | null;
  address: string;
  email: string;
  phone: string;
  language: string;
  acceptedTermsVersion: number;
  hasDocument: boolean;
  submittedAt: string;
  scopes: Scope[];
  reason: string | null;
  existingClientId: string | null;
}

export interface UserSummary {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  status: AccountStatus;
}

export interface UserDetails extends UserSummary {
  phone: string;
  address: string;
  statusReason: string;
  createdAt: string;
  passwordChangedAt: string;
  mustChangePassword: boolean;
  consecutiveFailures: number;
  lockedUntil: string | null;
  clients: { id: string; name: string; kind: ClientKind; scopes: Scope[] }[];
}

export interface TrailItem {
  at: string;
  action: string;
  target: string;
  result: string;
  actor: string;
  ipAddress: string;
}

/** Why a user's access is ended (§21). */
export const terminationReasons = ['client-request', 'user-request', 'legal-basis-ended', 'unauthorised-use-suspected', 'terms-breached'] as const;

/** What staff may do to a user; the ones that need a reason take it (ending access, one of terminationReasons). */
export type UserAction = { action: 'block' | 'unblock' | 'terminate'; reason: string } | { action: 'unlock' | 'demand-password-change' };

export interface StaffClient {
  id: string;
  name: string;
  kind: ClientKind;
  registrationNumber: string | null;
  externalId: string | null;
  billingArrangement: string;
  services: string[];
  selfServiceInvitations: boolean;
}

export interface StaffRepresentative {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  scopes: Scope[];
}

export interface WaitingInvitation {
  id: string;
  clientId: string;
  clientName: string;
  email: string;
  scopes: Scope[];
  createdAt: string;
}

export interface TermsDraft {
  documentName: string;
  approvedOn: string | null;
  validityNote: string;
  text: string;
}

export const getPendingApplications = (): Promise<PageOf<Application>> => getJson(withQuery('/api/staff/registrations', { status: 'pending' }));

export const getApplication = (id: string): Promise<Application> => getJson(apiPath`/api/staff/registrations/${id}`);

/** The applicant's authority document (a company's), opened by the browser itself. */
export const applicationDocumentUrl = (id: string): string => apiPath`/api/staff/registrations/${id}/document`;

/** Approves with the chosen scopes, or null for the usual ones. */
export const approveApplication = (id: string, chosen: Scope[] | null): Promise<Application> => postJson(apiPath`/api/staff/registrations/${id}/approve`, { scopes: chosen });

export const rejectApplication = (id: string, reason: string): Promise<Application> => postJson(apiPath`/api/staff/registrations/${id}/reject`, { reason });

/** Users by email, name (its beginning) or personal code: in the body, as a personal code must stay out of URLs and their logs. */
export const findUsers = (query: string): Promise<{ items: UserSummary[] }> => postJson('/api/staff/users/search', { query });

export const getUser = (id: string): Promise<UserDetails> => getJson(apiPath`/api/staff/users/${id}`);

/** The user's trail, newest first (the first page). */
export const getUserTrail = (id: string): Promise<{ items: TrailItem[] }> => getJson(apiPath`/api/staff/users/${id}/activity`);

export function actOnUser(id: string, act: UserAction): Promise<UserSummary> {
  const path = apiPath`/api/staff/users/${id}/${act.action}`;
  return 'reason' in act ? postJson(path, { reason: act.reason }) : postJson(path);
}

/** Clients by name (its beginning), registration number, personal code or external id; in the body, like findUsers. */
export const findClients = (query: string): Promise<{ items: StaffClient[] }> => postJson('/api/staff/clients/search', { query });

/** What the client sees, read-only for support; every read is audited in the client's trail and the staff member's. */
export const getStaffClientBalance = (id: string): Promise<Balance> => getJson(apiPath`/api/staff/clients/${id}/balance`);

export const getStaffClientInvoices = (id: string, continuationToken: string | null): Promise<PageOf<Invoice>> =>
  getJson(withQuery(apiPath`/api/staff/clients/${id}/invoices`, { continuationToken }));

export const getStaffClientPermits = (id: string, continuationToken: string | null): Promise<PageOf<PermitSummary>> =>
  getJson(withQuery(apiPath`/api/staff/clients/${id}/permits`, { continuationToken }));

export const getStaffClient = (id: string): Promise<{ client: StaffClient; representatives: StaffRepresentative[] }> => getJson(apiPath`/api/staff/clients/${id}`);

export const setSelfServiceInvitations = (clientId: string, selfServiceInvitations: boolean): Promise<void> =>
  patchJson(apiPath`/api/staff/clients/${clientId}`, { selfServiceInvitations });

export const removeClientRepresentative = (clientId: string, userId: string): Promise<void> =>
  deleteResource(apiPath`/api/staff/clients/${clientId}/representatives/${userId}`);

export const getWaitingInvitations = (): Promise<{ items: WaitingInvitation[] }> => getJson('/api/staff/invitations');

export const confirmInvitation = (clientId: string, invitationId: string): Promise<void> =>
  postJson(apiPath`/api/staff/clients/${clientId}/invitations/${invitationId}/confirm`);

export const publishTerms = (draft: TermsDraft): Promise<{ version: number }> => postJson('/api/staff/terms', draft);

/** A user's note about the portal (§16.3). */
export interface FeedbackNote {
  id: string;
  userId: string;
  name: string;
  email: string;
  message: string;
  page: string | null;
  userAgent: string;
  sentAt: string;
}

export const getFeedback = (): Promise<{ items: FeedbackNote[] }> => getJson('/api/staff/feedback');

/** Why a payment order waits for staff (the server's words; a value it adds later is shown as sent). */
export type PaymentOrderFlag = 'paid-late' | 'paid-twice' | 'booking-mismatch' | 'unbooked';

/** One flag of a payment order: an order may have several, each its own item. */
export interface FlaggedPaymentOrder {
  orderId: string;
  clientId: string;
  flag: PaymentOrderFlag;
  /** What the server saw, in its own words. */
  detail: string;
  /** When it was flagged. */
  at: string;
}

/** The flags waiting for staff, the orders made longest ago first. */
export const getFlaggedPaymentOrders = (): Promise<{ items: FlaggedPaymentOrder[] }> => getJson('/api/staff/payment-orders/flagged');

/** Takes every flag of the order off the list, with what staff did (1-500 characters) on the client's trail and the staff member's. */
export const resolvePaymentFlag = (orderId: string, note: string): Promise<void> => postJson(apiPath`/api/staff/payment-orders/${orderId}/resolve`, { note });
