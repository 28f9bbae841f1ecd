// An application to use the portal (§4, §10); a company's carries its authority document.

import { postForm, postJson } from './http';

export type PersonKind = 'natural' | 'legal';

/** The form's fields as the API names them (firstName, email, ...), with the kind, language and terms version. */
export interface NewApplication {
  personKind: PersonKind;
  language: string;
  acceptedTermsVersion: number;
  [field: string]: string | number;
}

/** A natural person's application as JSON; a company's as a multipart form with the PDF. */
export function submitApplication(application: NewApplication, document?: File): Promise<void> {
  if (application.personKind !== 'legal') return postJson('/api/registrations', application);
  const data = new FormData();
  for (const [name, value] of Object.entries(application)) data.append(name, `${value}`);
  if (document) data.append('document', document);
  return postForm('/api/registrations', data);
}
