import { describe, expect, it } from 'vitest';
import type { Problem } from '../api/http';
import { setLanguage, t } from '../i18n';
import { passwordWording } from './password';
import { problemParagraphs, problemText, titleOnly } from './problem';

const problem = (more: Partial<Problem> & { rules?: string[] } = {}): Problem => ({ type: 'https://radioatlaujas.lv/problems/x', title: 'The request is not valid.', status: 400, ...more });

describe('problemText', () => {
  it("says a 400's field errors, else the detail, else the title", () => {
    expect(problemText(problem({ detail: 'd', errors: { email: ['Enter an email.'], scopes: ['Pick one.'] } }))).toBe('Enter an email. Pick one.');
    expect(problemText(problem({ detail: 'A client needs one admin.' }))).toBe('A client needs one admin.');
    expect(problemText(problem())).toBe('The request is not valid.');
  });

  it('leaves out what a form does not say', () => {
    const full = problem({ detail: 'd', errors: { email: ['Enter an email.'] } });

    expect(problemText(full, { fieldErrors: false })).toBe('d');
    expect(problemText(full, { detail: false })).toBe('Enter an email.');
    expect(problemText(problem({ detail: 'd' }), { detail: false })).toBe('The request is not valid.');
    expect(problemText(full, titleOnly)).toBe('The request is not valid.');
  });

  it("says the page's own words for a problem it knows", () => {
    setLanguage('en', { setItem: () => undefined }, document.createElement('html'));

    expect(problemText(problem({ rules: ['TooShort', 'RecentlyUsed'] }), passwordWording)).toBe('At least 8 characters You have used this password recently.');
    expect(problemText(problem({ errors: { token: ['expired'] } }), passwordWording)).toBe(t('password.linkInvalid'));
    expect(problemText(problem({ detail: 'd', errors: { other: ['x'] } }), passwordWording)).toBe('The request is not valid.');
    expect(problemText(problem({ errors: { currentPassword: ['wrong'] } }), passwordWording)).toBe(t('password.currentWrong'));
    expect(problemText(problem({ status: 429, title: 'Too many requests.' }), passwordWording)).toBe(t('password.checksPaused'));
    setLanguage('lv', { setItem: () => undefined }, document.createElement('html'));
  });
});

describe('problemParagraphs', () => {
  it('puts the title and the detail, when there is one, in paragraphs of their own', () => {
    expect(problemParagraphs(problem({ detail: 'It may have been removed.' })).map((p) => p.textContent)).toEqual(['The request is not valid.', 'It may have been removed.']);
    expect(problemParagraphs(problem())).toHaveLength(1);
  });
});
