/**
 * Typewriter quotes as a typesetter sets them: an apostrophe inside or after a word, or before
 * a number, becomes ’; one before a word opens a quotation, ‘;
 * and straight double quotes become “ and ”. Editors type straight quotes; screens show curly ones.
 * The number of characters does not change, so reading times do not either.
 */
export function typographic(text: string): string {
  return text
    .replace(/(\p{L}|\p{N})'/gu, '$1’')
    // An apostrophe before a number stands for the century left out: ’90s.
    .replace(/'(\p{N})/gu, '’$1')
    .replace(/'(\p{L})/gu, '‘$1')
    // A double quote opens at the start or after a space or opening bracket, and closes elsewhere.
    .replace(/(^|[\s([{\u2014\u2013])"/gu, '$1“')
    .replace(/"/g, '”');
}
