// The terms of use: the version in force and every version published.

import { getJson } from './http';

export interface TermsVersion {
  version: number;
  documentName: string;
  approvedOn: string;
  validityNote: string;
  inForce: boolean;
  textAvailable: boolean;
  sha256: string | null;
  language: string;
  text: string | null;
}

export const getCurrentTerms = (): Promise<TermsVersion> => getJson('/api/terms/current');

export const getTermsHistory = (): Promise<{ items: TermsVersion[] }> => getJson('/api/terms');
