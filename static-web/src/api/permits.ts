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
  hasDocument: boolean;
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
  /** The signed e-permit's kind ("pdf" or "edoc") when ES has put one. */
  document: string | null;
}

/** What the permit list is searched for, by the API's parameter names; an empty value is no filter. */
export interface PermitSearch {
  q?: string;
  callSign?: string;
  frequencyFrom?: string;
  frequencyTo?: string;
  service?: string;
}

const searchQuery = (search: PermitSearch): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(search).map(([name, value]) => [name, value === '' ? undefined : value]));

/** The client's permits by number that the search selects. */
export const getPermits = (clientId: string, search: PermitSearch, continuationToken: string | null): Promise<PageOf<PermitSummary>> =>
  getJson(withQuery(apiPath`/api/clients/${clientId}/permits`, { ...searchQuery(search), continuationToken }));

export type StationFormat = 'csv' | 'geojson' | 'kml';

/** The stations of the permits the search selects, as a file. */
export const permitExportUrl = (clientId: string, search: PermitSearch, format: StationFormat, lang: string): string =>
  withQuery(apiPath`/api/clients/${clientId}/permits/export`, { ...searchQuery(search), format, language: lang });

export interface StationFeature {
  geometry: { coordinates: [number, number] };
  properties: { permitId: string; permit: string; station: string | null; location: string | null };
}

/** The stations with coordinates, for the map: the GeoJSON export, read as JSON. */
export const getStations = (clientId: string, search: PermitSearch, lang: string): Promise<{ features: StationFeature[] }> =>
  getJson(permitExportUrl(clientId, search, 'geojson', lang));

export interface PermitChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface PermitVersion {
  version: number;
  recordedAt: string | null;
  changes: PermitChange[];
}

export const getPermitHistory = (clientId: string, permitId: string): Promise<{ versions: PermitVersion[] }> =>
  getJson(apiPath`/api/clients/${clientId}/permits/${permitId}/history`);

export const permitDocumentUrl = (clientId: string, permitId: string): string => apiPath`/api/clients/${clientId}/permits/${permitId}/document`;

export const getPermit = (clientId: string, permitId: string): Promise<PermitDetails> => getJson(apiPath`/api/clients/${clientId}/permits/${permitId}`);
