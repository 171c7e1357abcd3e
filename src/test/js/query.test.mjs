import test from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer } from '../../../assets/js/search/analyzer.mjs';
import { parseQuery } from '../../../assets/js/search/query.mjs';

const en = new Analyzer('en', ['the', 'of', 'to']);
const ru = new Analyzer('ru', ['на', 'и']);

test('words outside quotes tolerate typos; letters are counted as typed', () => {
  assert.deepEqual(parseQuery('Elshibaev strikes', en, 10), [
    { kind: 'word', stem: 'elshibaev', letters: 9, exact: false, key: null },
    { kind: 'word', stem: 'strike', letters: 7, exact: false, key: null }]);
});

test('with the manifest\'s name tables a word outside quotes has its name key, a quoted one none', () => {
  const names = { fold: { 'ә': 'а' }, latin: { 'а': 'a', 'е': 'e', 'л': 'l', 'б': 'b', 'в': 'v', 'ш': 'sh', 'и': 'i' },
    rules: [['y', 'i'], ['([aeou])i(?=[aeou])', '$1']] };
  const withNames = new Analyzer('ru', ['и'], names);
  assert.deepEqual(parseQuery('Елшибаев "Elshibayev"', withNames, 10), [
    { kind: 'word', stem: 'елшиба', letters: 8, exact: false, key: 'elshibaev' },
    { kind: 'word', stem: 'elshibayev', letters: 10, exact: true, key: null }]);
});

test('quotes of any kind make phrases with the gaps of stop words; an open quote runs to the end', () => {
  assert.deepEqual(parseQuery('«право на забастовку»', ru, 10), [
    { kind: 'phrase', stems: ['прав', 'забастовк'], positions: [0, 2] }]);
  assert.deepEqual(parseQuery('"freedom of association" "right to', en, 10), [
    { kind: 'phrase', stems: ['freedom', 'associ'], positions: [0, 2] },
    { kind: 'word', stem: 'right', letters: 5, exact: true, key: null }]);
});

test('a quoted single word is exact, repeats count once, clauses are capped', () => {
  assert.deepEqual(parseQuery('"unions" union unions', en, 10), [
    { kind: 'word', stem: 'union', letters: 6, exact: true, key: null }]);
  assert.equal(parseQuery('a1 b2 c3 d4 e5 f6', en, 4).length, 4);
  assert.deepEqual(parseQuery('the of', en, 10), []);
});
