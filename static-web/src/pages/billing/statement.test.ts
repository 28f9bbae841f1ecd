import { describe, expect, it } from 'vitest';
import { formatMonth, monthBefore } from './statement';

describe('statement months', () => {
  it('counts back across a year', () => {
    expect(monthBefore(new Date(Date.UTC(2026, 0, 15)), 0)).toBe('2026-01');
    expect(monthBefore(new Date(Date.UTC(2026, 0, 15)), 11)).toBe('2025-02');
  });

  it('names a month in the page language', () => {
    expect(formatMonth('2026-10', 'en')).toBe('October 2026');
    expect(formatMonth('2026-10', 'lv')).toContain('oktobris');
  });
});
