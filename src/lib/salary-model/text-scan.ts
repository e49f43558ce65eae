/** Character tests shared by the readers of money text. */

const LETTER = /\p{L}/u;
const DIGIT = /[0-9]/;
const WHITESPACE = /\s/;

export function isLetter(char: string): boolean {
  return LETTER.test(char);
}

export function isDigit(char: string): boolean {
  return DIGIT.test(char);
}

/** Index of the first non-whitespace character at or after `index` (no-break spaces included). */
export function skipSpaces(text: string, index: number): number {
  let position = index;
  while (WHITESPACE.test(text.charAt(position))) position += 1;
  return position;
}
