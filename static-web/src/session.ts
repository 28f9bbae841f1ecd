import * as auth from './api/auth';
import type { Me, Staff } from './api/auth';
import { onActivity, onStaffSignInRequired } from './api/http';
import { silentStaffSignInUrl } from './api/staff';

export type { Me, Staff };

type Listener = (me: Me | null) => void;
let current: Me | null = null;
let staff: Staff | null = null;
const listeners = new Set<Listener>();

export function signedInUser(): Me | null {
  return current;
}

export function signedInStaff(): Staff | null {
  return staff;
}

export function isAdmin(member: Staff): boolean {
  return member.roles.includes('Staff.Admin');
}

export function onSessionChange(listener: Listener): void {
  listeners.add(listener);
}

function set(me: Me | null): void {
  current = me;
  for (const listener of listeners) listener(me);
}

/** Who is signed in, asked of the server (the cookie is HttpOnly: the page cannot read it). */
let providers: string[] = [];

/** The external sign-ins the portal offers, as the last session check said. */
export function externalProviders(): readonly string[] {
  return providers;
}

let entryBanks: readonly { id: string; name: string }[] = [];

/** The banks a person may enter from, as the last session check said. */
export function banks(): readonly { id: string; name: string }[] {
  return entryBanks;
}

export async function loadSession(): Promise<Me | null> {
  const status = await auth.getSession();
  staff = status.staff;
  providers = status.externalProviders;
  entryBanks = status.banks;
  set(status.signedIn ? status.user : null);
  return current;
}

export async function signIn(email: string, password: string): Promise<Me> {
  const me = await auth.signIn(email, password);
  set(me);
  return me;
}

export async function signOut(): Promise<void> {
  await auth.signOut();
  staff = null;
  set(null);
}

// A staff session that ended (60 minutes at most) is renewed by a new staff sign-in, silent where the provider allows.
onStaffSignInRequired(() => {
  if (staff !== null) location.assign(silentStaffSignInUrl(location.pathname + location.search));
});

let lastActivity = Date.now();
onActivity(() => {
  lastActivity = Date.now();
});

/** When the session ends if the user does nothing more: idle timeout from the last call, capped by the absolute end. */
export function sessionEndsAt(me: Me, lastActive: number = lastActivity): number {
  return Math.min(lastActive + me.session.idleTimeoutSeconds * 1000, Date.parse(me.session.absoluteExpiresAt));
}

/** Keeps the session alive: any call the user makes does. */
export async function staySignedIn(): Promise<void> {
  await loadSession();
}
