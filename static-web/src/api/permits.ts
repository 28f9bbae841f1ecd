// A client's radio permits: the list, filtered by service, and one permit with its stations.

import { apiPath, getJson, withQuery, type PageOf } from './http';

export interface PermitSummary {
  id: string;
  number: string;
  serviceKind: string;
  status: string;
  validFrom: string;
  validTo: string | null;
  callSign: string | null;
  stations: number;
  lowestMHz: number;
  highestMHz: number;
}

export interface Frequency {
  frequencyMHz: number | null;
  bandwidthKHz: number | null;
  emission: string | null;
  powerW: number | null;
  direction: string | null;
}

export interface Station {
  name: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  antennaHeightM: number | null;
  antennaGainDbi: number | null;
  azimuthDeg: number | null;
  polarization: string | null;
  equipment: string | null;
  frequencies: Frequency[] | null;
}

export interface PermitDetails {
  id: string;
  number: string;
  serviceKind: string;
  status: string;
  validFrom: string;
  validTo: string | null;
  callSign: string | null;
  stations: Station[] | null;
}

/** The client's permits by number; those of one service when it is given (not empty). */
export const getPermits = (clientId: string, { service, continuationToken }: { service: string; continuationToken: string | null }): Promise<PageOf<PermitSummary>> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/permits`, { service: service || null, continuationToken }));

export const getPermit = (clientId: string, permitId: string): Promise<PermitDetails> => getJson(apiPath`/api/clients/${clientId}/permits/${permitId}`);
