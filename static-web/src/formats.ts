// Numbers as the reader of each language writes them: money, measurements, frequency ranges, and
// coordinates. Pure functions, so each is tested on its own.

import type { Language } from './i18n';

const locale = (lang: Language): string => (lang === 'lv' ? 'lv-LV' : 'en-GB');

/** Shown where a value is absent (a cell or a field the back office left empty). */
export const missing = '—';

/** Euros with cents: "199,50 €" in Latvian, "€199.50" in English. */
export function formatMoney(amount: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(amount);
}

/** A measured value with as many decimals as it has (up to six): "146,0125" in Latvian, "146.0125" in English. */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 6 }).format(value);
}

/** The band a permit uses: "146.0125–146.2 MHz", or a single frequency when the ends are the same. */
export function formatFrequencyRange(lowestMHz: number, highestMHz: number, lang: Language): string {
  const low = formatNumber(lowestMHz, lang);
  return lowestMHz === highestMHz ? `${low} MHz` : `${low}–${formatNumber(highestMHz, lang)} MHz`;
}

/**
 * A station's place as decimal degrees with six decimals, "56.946850, 24.105690", in either language:
 * the point is the decimal separator, so the comma between the two stays unambiguous and the pair
 * can be pasted into a map.
 */
export function formatCoordinates(latitude: number | null, longitude: number | null): string | null {
  if (latitude === null || longitude === null) return null;
  return `${latitude.toFixed(6)}, ${longitude.toFixed(6)}`;
}

/**
 * A browser's user-agent string as a person reads it: "Firefox on Windows". Only the common browsers
 * and systems are named; anything else is "another browser" / "another system" in the caller's words.
 */
export function describeBrowser(userAgent: string): { browser: string | null; system: string | null } {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /OPR\//.test(userAgent)
      ? 'Opera'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /Chrome\/|CriOS\//.test(userAgent)
          ? 'Chrome'
          : /Safari\//.test(userAgent)
            ? 'Safari'
            : null;
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return { browser, system };
}
