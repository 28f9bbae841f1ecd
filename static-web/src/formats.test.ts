import { describe, expect, it } from 'vitest';
import { describeBrowser, formatCoordinates, formatFrequencyRange, formatMoney, formatNumber } from './formats';

// Intl separates thousands with a no-break space in Latvian.
const plain = (text: string): string => text.replace(/\u00a0|\u202f/g, ' ');

describe('formatMoney', () => {
  it('writes euros as each language does', () => {
    expect(plain(formatMoney(199.5, 'lv'))).toBe('199,50 €');
    expect(formatMoney(199.5, 'en')).toBe('€199.50');
  });
});

describe('formatNumber', () => {
  it('keeps the decimals a value has, with the language decimal separator', () => {
    expect(formatNumber(146.0125, 'lv')).toBe('146,0125');
    expect(formatNumber(146.0125, 'en')).toBe('146.0125');
    expect(formatNumber(25, 'en')).toBe('25');
    expect(plain(formatNumber(10500.25, 'lv'))).toBe('10 500,25');
  });
});

describe('formatFrequencyRange', () => {
  it('joins the lowest and highest frequency with a dash', () => {
    expect(formatFrequencyRange(146.0125, 146.2, 'en')).toBe('146.0125–146.2 MHz');
    expect(formatFrequencyRange(146.0125, 146.2, 'lv')).toBe('146,0125–146,2 MHz');
  });

  it('writes one value when the permit uses a single frequency', () => {
    expect(formatFrequencyRange(98.5, 98.5, 'en')).toBe('98.5 MHz');
    expect(formatFrequencyRange(98.5, 98.5, 'lv')).toBe('98,5 MHz');
  });
});

describe('formatCoordinates', () => {
  it('writes latitude and longitude with six decimals, the same in both languages', () => {
    expect(formatCoordinates(56.94685, 24.10569)).toBe('56.946850, 24.105690');
    expect(formatCoordinates(-33.5, -70.25)).toBe('-33.500000, -70.250000');
  });

  it('has nothing to show when either is missing', () => {
    expect(formatCoordinates(null, 24.1)).toBeNull();
    expect(formatCoordinates(56.9, null)).toBeNull();
  });
});

describe('describeBrowser', () => {
  it('names the common browsers and systems, and nothing it does not know', () => {
    expect(describeBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toEqual({ browser: 'Firefox', system: 'Windows' });
    expect(describeBrowser('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15')).toEqual({ browser: 'Safari', system: 'macOS' });
    expect(describeBrowser('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36')).toEqual({ browser: 'Chrome', system: 'Android' });
    expect(describeBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0')).toEqual({ browser: 'Edge', system: 'Windows' });
    expect(describeBrowser('curl/8.5.0')).toEqual({ browser: null, system: null });
  });
});
