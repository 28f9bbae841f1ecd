// GET /api/me/dashboard.

import { apiPath, getJson } from './http';
import type { ReportNotice } from './reports';
import type { SubmissionStatus } from './submissions';

export interface PreviousSignIn {
  at: string;
  ipAddress: string;
  userAgent: string;
}

/** A draft or a sent submission on the dashboard. */
export interface DashboardSubmission {
  id: string;
  kind: string;
  title: { lv: string; en: string };
  status: SubmissionStatus;
  updatedAt: string;
  updatedBy: string;
  /** A draft's: when it lapses. */
  expiresAt: string | null;
}

export interface DashboardClient {
  id: string;
  name: string;
  billing: {
    due: number;
    overdue: number;
    dueSoon: number;
    credit: number;
    /** Paid through the portal and not booked yet (already off `due`), and in payments not answered yet. */
    awaitingBooking: number;
    paymentInProgress: number;
    nextDueOn: string | null;
    months: { month: string; charged: number; received: number }[];
  } | null;
  expiringPermits: { id: string; number: string; service: string; validTo: string; daysLeft: number }[] | null;
  /** With the finance scope: reports made ready in the last 7 days, the newest first. */
  readyReports: ReportNotice[] | null;
  /** With the submit scope: drafts (how many, the last changed few) and what ES asked the client to answer. */
  submissions: { draftCount: number; drafts: DashboardSubmission[]; informationRequested: DashboardSubmission[] } | null;
}

export interface Dashboard {
  previousSignIn: PreviousSignIn | null;
  clients: DashboardClient[];
}

export const getDashboard = (): Promise<Dashboard> => getJson(apiPath`/api/me/dashboard`);
