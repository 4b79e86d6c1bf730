/**
 * Check digits that tell a real identifier from any long number: a Chinese resident ID card
 * (GB 11643, ISO 7064 MOD 11-2) and a payment card (Luhn). Order, phone and tracking numbers
 * almost never pass them, which keeps `privacy/personal-data` quiet on them.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** True for an 18-character Chinese ID number with a plausible birth date and a valid check digit. */
export function isChineseId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

/** True when a string of digits passes the Luhn check. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** True for 16–19 digits of a card issuer's range (3–6) that pass the Luhn check. */
export function isCardNumber(digits: string): boolean {
  return /^[3-6]\d{15,18}$/.test(digits) && !/^(\d)\1+$/.test(digits) && luhn(digits);
}

/** `text` with every character but the last four masked (all of it when four or fewer). */
export function maskAllButLastFour(text: string, mask = '*'): string {
  const chars = [...text];
  const keep = chars.length > 4 ? 4 : 0;
  return chars
    .map((c, i) => (i < chars.length - keep && /[\p{L}\p{N}\p{P}\p{S}]/u.test(c) ? mask : c))
    .join('');
}
