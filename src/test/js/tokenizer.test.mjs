import test from 'node:test';
import assert from 'node:assert/strict';
import { Tokenizer } from '../../../assets/js/search/tokenizer.mjs';

const words = (text) => Tokenizer.tokens(text).map((t) => t.text);
const spans = (text) => Tokenizer.tokens(text).map((t) => [t.text, t.start, t.end]);

// Every expectation here is what Lucene 9.12's StandardTokenizer gives for the same text.

test('the tokenizer keeps words with inner apostrophes, dots and numbers whole', () => {
  assert.deepEqual(words("Don't stop: 3.5% of www.example.org, COVID-19"),
    ["Don't", 'stop', '3.5', 'of', 'www.example.org', 'COVID', '19']);
  assert.deepEqual(words('1,000.50 a_b __ x_ «забастовки» ст.135 v1.2'),
    ['1,000.50', 'a_b', 'x_', 'забастовки', 'ст', '135', 'v1.2']);
  assert.deepEqual(words('Zhanaozen’s workers’ — и т. д.'), ['Zhanaozen’s', 'workers', 'и', 'т', 'д']);
});

test('tokens carry their UTF-16 offsets, also after astral characters', () => {
  const tokens = Tokenizer.tokens('👍🏽 профсоюз');
  assert.deepEqual(tokens.map((t) => [t.text, t.start, t.end]), [['👍🏽', 0, 4], ['профсоюз', 5, 13]]);
});

test('a colon joins letters only, a comma digits only, a dot both', () => {
  assert.deepEqual(words('A.B.C 1.2.3 a:b 1:2 a,b 1,2'), ['A.B.C', '1.2.3', 'a:b', '1', '2', 'a', 'b', '1,2']);
  assert.deepEqual(words('_ __a a__b'), ['__a', 'a__b'], 'connectors alone are no word');
});

test('ideographs and hiragana are one token each, katakana and Thai-like runs one token', () => {
  assert.deepEqual(spans('日本語のテキスト'), [['日', 0, 1], ['本', 1, 2], ['語', 2, 3], ['の', 3, 4], ['テキスト', 4, 8]]);
  assert.deepEqual(words('ภาษาไทย ok'), ['ภาษาไทย', 'ok']);
});

test('emoji sequences, flags and keycaps are tokens; Hebrew keeps its quotes inside words', () => {
  assert.deepEqual(spans('👩‍👩‍👧 🇰🇿 #️⃣ 1️⃣'), [['👩‍👩‍👧', 0, 8], ['🇰🇿', 9, 13], ['#️⃣', 14, 17], ['1️⃣', 18, 21]]);
  assert.deepEqual(words('שב"כ ג\'ירפה'), ['שב"כ', 'ג\'ירפה']);
});

test('a word longer than 255 UTF-16 units is cut into pieces of 255', () => {
  assert.deepEqual(spans('a'.repeat(300)), [['a'.repeat(255), 0, 255], ['a'.repeat(45), 255, 300]]);
});
