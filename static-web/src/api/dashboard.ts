// GET /api/me/dashboard.

import { apiPath, getJson } from './http';
import type { ReportNotice } from './reports';

export interface PreviousSignIn {
  at: string;
  ipAddress: string;
  userAgent: string;
}

export interface DashboardClient {
  id: string;
  name: string;
  billing: {
    due: number;
    overdue: number;
    dueSoon: number;
    credit: number;
    nextDueOn: string | null;
    months: { month: string; charged: number; received: number }[];
  } | null;
  expiringPermits: { id: string; number: string; service: string; validTo: string; daysLeft: number }[] | null;
  /** With the finance scope: reports made ready in the last 7 days, the newest first. */
  readyReports: ReportNotice[] | null;
}

export interface Dashboard {
  previousSignIn: PreviousSignIn | null;
  clients: DashboardClient[];
}

export const getDashboard = (): Promise<Dashboard> => getJson(apiPath`/api/me/dashboard`);
