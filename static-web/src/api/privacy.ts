// The privacy notice (§9, §23.1) and the user's own data as a file to save.

import { getJson } from './http';

export interface RetentionRow {
  kind: string;
  what: string;
  why: string;
  days: number;
}

export interface PrivacyNoticeText {
  title: string;
  paragraphs: string[];
  retention: RetentionRow[];
}

export interface PrivacyNotice {
  lv: PrivacyNoticeText;
  en: PrivacyNoticeText;
}

export const getPrivacyNotice = (): Promise<PrivacyNotice> => getJson('/api/privacy');

/** The signed-in user's data (GET, sent as an attachment): a plain link saves it, with the session cookie. */
export const myDataPath = '/api/me/data';
