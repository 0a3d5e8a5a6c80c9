/**
 * Lists of non-negative integers packed into strings of 64 digits that JSON writes as they are: a digit holds 5 bits
 * of a number, plus 32 when more digits of it follow (so a number under 32 is one character). The index stores its
 * n-gram postings and its records' value codes this way: as JSON numbers they took several times the space.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const PACKED = /^[0-9A-Za-z_-]*$/;
const VALUE_OF = new Int8Array(128).fill(-1);
for (let digit = 0; digit < DIGITS.length; digit += 1) VALUE_OF[DIGITS.charCodeAt(digit)] = digit;

/** Appends the digits of `value` (a non-negative integer below 2^53). */
export function pushPacked(digits: string[], value: number): void {
  let rest = value;
  while (rest >= 32) {
    digits.push(DIGITS[32 + (rest % 32)]!);
    rest = Math.floor(rest / 32);
  }
  digits.push(DIGITS[rest]!);
}

/** The numbers as one string. */
export function packNumbers(values: ArrayLike<number>): string {
  const digits: string[] = [];
  for (let i = 0; i < values.length; i += 1) pushPacked(digits, values[i]!);
  return digits.join('');
}

/** Reads the numbers of a packed string one after another. */
export function packedReader(packed: string): { next(): number; done(): boolean } {
  let at = 0;
  return {
    next() {
      let value = 0;
      let scale = 1;
      for (;;) {
        const digit = VALUE_OF[packed.charCodeAt(at++)] ?? -1;
        if (digit < 0) throw new RangeError('packed numbers: not a digit, or the string ends inside a number');
        if (digit < 32) return value + digit * scale;
        value += (digit - 32) * scale;
        scale *= 32;
      }
    },
    done: () => at >= packed.length,
  };
}

/** Every number of a packed string. */
export function unpackNumbers(packed: string): number[] {
  const reader = packedReader(packed);
  const values: number[] = [];
  while (!reader.done()) values.push(reader.next());
  return values;
}

/** Whether a value is a string of packed digits. */
export function isPacked(value: unknown): value is string {
  return typeof value === 'string' && PACKED.test(value);
}
