// The one way a problem the API answers with (RFC 7807 problem+json) becomes words on the page.

import type { Problem } from '../api/http';
import { t, type MessageKey } from '../i18n';
import { h } from './dom';

export interface ProblemWording {
  /** The page's own words for a problem it knows (a broken password rule, a spent link); undefined for the API's. */
  known?: (problem: Problem) => string | undefined;
  /** Whether a 400's field errors are said; yes unless told. */
  fieldErrors?: boolean;
  /** Whether the detail is said before the title; yes unless told. */
  detail?: boolean;
}

/** The problem's title alone, for forms whose users act on that. */
export const titleOnly: ProblemWording = { fieldErrors: false, detail: false };

/** A problem in words: the page's own words for it, or else its field errors, or else its detail, or else its title. */
export function problemText(problem: Problem, wording: ProblemWording = {}): string {
  const known = wording.known?.(problem);
  if (known !== undefined) return known;
  const fieldErrors = wording.fieldErrors === false ? [] : Object.values(problem.errors ?? {}).flat();
  if (fieldErrors.length > 0) return fieldErrors.join(' ');
  return (wording.detail === false ? undefined : problem.detail) ?? problem.title;
}

/** A problem in place of a page's or a list's data: its title, and its detail when it has one. */
export function problemParagraphs(problem: Problem): HTMLElement[] {
  return [h('p', {}, problem.title), ...(problem.detail ? [h('p', {}, problem.detail)] : [])];
}

/** A refused search or filter: which of its fields to check, named as the form labels them (a field it does not label, by its name). */
export function fieldsToCheck(labels: Readonly<Record<string, MessageKey>>): (problem: Problem) => Node[] {
  return (problem) => {
    const named = Object.keys(problem.errors ?? {}).map((name) => (labels[name] ? t(labels[name]) : name));
    return [h('p', {}, named.length > 0 ? `${t('invoices.filter.invalid')} ${named.join(', ')}.` : (problem.title ?? ''))];
  };
}
