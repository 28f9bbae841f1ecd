import { describe, expect, it } from 'vitest';
import { brokenRules } from './password-rules';

describe('brokenRules', () => {
  it.each([
    ['Zvaigz1', ['TooShort']],
    ['Zvaigzn1', []],
    ['ābolšķēle9', []],
    ['привет2025', []],
    ['73915820', ['NeedsLetter']],
    ['ZilaisKalns', ['NeedsDigit']],
    ['Kalns7' + 'x'.repeat(122), []],
    ['Kalns7' + 'x'.repeat(123), ['TooLong']],
  ])('%s breaks %j §15.2', (password, expected) => {
    expect(brokenRules(password)).toEqual(expected);
  });

  it('refuses the name part of the email', () => {
    expect(brokenRules('xJanis2024x', 'janis@example.lv')).toEqual(['ContainsEmailName']);
  });
});
