// The password rules of §15.2 as the page can check them while the user types. The server checks
// them all again, and also those the page cannot (the 10,000 common passwords, the recent ones).

export type PasswordRule = 'TooShort' | 'TooLong' | 'NeedsLetter' | 'NeedsDigit' | 'ContainsEmailName' | 'TooCommon' | 'RecentlyUsed';

export const checkedWhileTyping: readonly PasswordRule[] = ['TooShort', 'TooLong', 'NeedsLetter', 'NeedsDigit', 'ContainsEmailName'];

function length(text: string): number {
  return [...new Intl.Segmenter().segment(text)].length;
}

/** The rules the password breaks, of those the page can check. */
export function brokenRules(password: string, email?: string): PasswordRule[] {
  const broken: PasswordRule[] = [];
  if (length(password) < 8) broken.push('TooShort');
  if (length(password) > 128) broken.push('TooLong');
  if (!/\p{L}/u.test(password)) broken.push('NeedsLetter');
  if (!/\p{Nd}/u.test(password)) broken.push('NeedsDigit');
  const name = email?.split('@')[0] ?? '';
  if (name.length >= 3 && password.toLowerCase().includes(name.toLowerCase())) broken.push('ContainsEmailName');
  return broken;
}
