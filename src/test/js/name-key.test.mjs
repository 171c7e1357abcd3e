import test from 'node:test';
import assert from 'node:assert/strict';
import { NameKey } from '../../../assets/js/search/name-key.mjs';

// Small tables of the manifest's shape: the real ones come from NameKey.java, and the Java parity
// test (AnalysisParityTest) checks every word of the real content against it.
const tables = {
  fold: { 'ә': 'а', 'қ': 'к', 'ё': 'е', "o'": 'o', 'oʻ': 'o' },
  latin: { 'а': 'a', 'к': 'k', 'е': 'e', 'з': 'z', 'ж': 'zh', 'н': 'n', 'о': 'o', 'х': 'kh', 'ь': '' },
  rules: [['dzh|dj|zh', 'j'], ['kh', 'h'], ['y', 'i'], ['^i(?=[aeou])', '']]
};

test('the fold replaces the longest entry at each place, left to right', () => {
  const key = new NameKey(tables);
  assert.equal(key.folded('қәзә'), 'каза');
  assert.equal(key.folded("o'zbek"), 'ozbek');
  assert.equal(key.folded('oʻoʻ'), 'oo');
  assert.equal(key.folded('ёж'), 'еж');
});

test('a key spells each letter in Latin, then applies the rules in order, each to every match', () => {
  const key = new NameKey(tables);
  assert.equal(key.of('жанаозен'), 'janaozen');
  assert.equal(key.of('zhanaozen'), 'janaozen');
  assert.equal(key.of('жаңаөзен'), null); // ң and ө are not in these small tables
  assert.equal(key.of('khan'), 'han');
  assert.equal(key.of('yeke'), 'eke');
});

test('a word with characters no table spells has no key', () => {
  const key = new NameKey(tables);
  assert.equal(key.of('2022'), null);
  assert.equal(key.of('café'), null);
  assert.equal(key.of('ь'), null);
});

test('a key is placed with the place table, two letters at a time where they are one letter', () => {
  const key = new NameKey({ ...tables, place: { sh: 'ш', s: 'с', h: 'х', j: 'ж', a: 'а' } });
  assert.equal(key.placed('shash'), 'шаш');
  assert.equal(key.placed('jah'), 'жах');
  assert.equal(new NameKey(tables).placed('janaozen'), 'janaozen');
});
