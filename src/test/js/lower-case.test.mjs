import test from 'node:test';
import assert from 'node:assert/strict';
import { lowerCase } from '../../../assets/js/search/lower-case.mjs';

test('lower case is Java\'s, character by character', () => {
  assert.equal(lowerCase('ЁЛКА İstanbul ΣΑΣ'), 'ёлка istanbul σασ');
});

test('each code point keeps one code point, as Character.toLowerCase, also beyond the BMP', () => {
  // Java's answers for these (JavaScript's own toLowerCase turns İ into two code points).
  assert.equal(lowerCase('ẞ ǅ 𐐀 Ω K İ'), 'ß ǆ 𐐨 ω k i');
  assert.equal(lowerCase('Mixed ASCII Only'), 'mixed ascii only');
});
