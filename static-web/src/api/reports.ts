// A client's reports as documents: asked for, built off the request path, listed and downloaded.

import { apiPath, getJson, postJson } from './http';

export type ReportKind = 'statement' | 'ageing';
export type ReportFormat = 'pdf' | 'csv';
export type ReportStatus = 'queued' | 'building' | 'ready' | 'failed';

export interface Report {
  id: string;
  kind: ReportKind;
  format: ReportFormat;
  language: string;
  from: string | null;
  to: string | null;
  asOf: string | null;
  status: ReportStatus;
  attempts: number;
  requestedAt: string;
  readyAt: string | null;
  expiresAt: string;
  fileName: string | null;
  sizeBytes: number | null;
}

/** A report made ready, as the dashboard names it. */
export type ReportNotice = Pick<Report, 'id' | 'kind' | 'format' | 'from' | 'to' | 'asOf' | 'readyAt' | 'expiresAt'>;

export type ReportOrder =
  | { kind: 'statement'; from: string; to: string; format: ReportFormat; language: string }
  | { kind: 'ageing'; asOf: string; format: ReportFormat; language: string };

/** Answers at once (202) with the report queued; its status moves on as it is built. */
export const requestReport = (clientId: string, order: ReportOrder): Promise<Report> => postJson(apiPath`/api/clients/${clientId}/reports`, order);

export const getReports = (clientId: string): Promise<{ items: Report[] }> => getJson(apiPath`/api/clients/${clientId}/reports`);

/** A ready report's file, downloaded by the browser itself (a link, not a call). */
export const reportFileUrl = (clientId: string, reportId: string): string => apiPath`/api/clients/${clientId}/reports/${reportId}/file`;

/** Whether the report is still on its way: its page asks again until none is. */
export const pending = (report: Report): boolean => report.status === 'queued' || report.status === 'building';
