// The signed-in user's own account: profile, password, terms acceptance, sessions and activity.

import { apiPath, deleteResource, getJson, patchJson, postJson, putJson } from './http';

export interface ProfileChange {
  phone: string;
  address: string;
  language: string;
  /** A new email waits for its confirmation link; the current password confirms the change. */
  email?: string;
  currentPassword?: string;
}

export interface ProfileChanged {
  emailConfirmationSent: boolean;
}

export interface ActivityItem {
  at: string;
  action: string;
  result: string;
  actor: string;
  ipAddress: string;
  userAgent: string;
  /** On an "email-sent" entry, which email (§25); otherwise null. */
  emailKind: string | null;
}

export interface SessionItem {
  id: string;
  device: string;
  ipAddress: string;
  startedAt: string;
  lastSeenAt: string;
  current: boolean;
}

export const updateProfile = (change: ProfileChange): Promise<ProfileChanged> => patchJson('/api/me', change);

export const changePassword = (currentPassword: string, newPassword: string): Promise<void> => postJson('/api/me/password', { currentPassword, newPassword });

/** Makes the user's calendar feed address, or a new one that ends the old. */
export const renewCalendar = (): Promise<{ url: string }> => postJson('/api/me/calendar');

/** Which reminder digests' items the user gets by email. */
export interface ReminderChoices {
  invoicesDueSoon: boolean;
  invoicesOverdue: boolean;
  permitsExpiring: boolean;
  /** Drafts that lapse in 7 days, to the user who changed them last. */
  draftsLapsing: boolean;
}

export const getReminders = (): Promise<ReminderChoices> => getJson('/api/me/reminders');

export const saveReminders = (choices: ReminderChoices): Promise<ReminderChoices> => putJson('/api/me/reminders', choices);

export const acceptTerms = (version: number): Promise<void> => postJson('/api/me/terms-acceptance', { version });

/** The user's own trail, newest first (the first page). */
export const getActivity = (): Promise<{ items: ActivityItem[] }> => getJson('/api/me/activity');

export const getSessions = (): Promise<{ items: SessionItem[] }> => getJson('/api/me/sessions');

/** Ends one session, or every other one when the id is "others". */
export const endSession = (id: string): Promise<void> => deleteResource(apiPath`/api/me/sessions/${id}`);
