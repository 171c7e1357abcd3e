import test from 'node:test';
import assert from 'node:assert/strict';
import { engine } from './support/engine.mjs';

const en = new engine.Analyzer('en', ['the', 'of', 'to']);
const ru = new engine.Analyzer('ru', ['на', 'и']);

test('words outside quotes tolerate typos; letters are counted as typed', () => {
  assert.deepEqual(engine.parseQuery('Elshibaev strikes', en, 10), [
    { kind: 'word', stem: 'elshibaev', letters: 9, exact: false },
    { kind: 'word', stem: 'strike', letters: 7, exact: false }]);
});

test('quotes of any kind make phrases with the gaps of stop words; an open quote runs to the end', () => {
  assert.deepEqual(engine.parseQuery('«право на забастовку»', ru, 10), [
    { kind: 'phrase', stems: ['прав', 'забастовк'], positions: [0, 2] }]);
  assert.deepEqual(engine.parseQuery('"freedom of association" "right to', en, 10), [
    { kind: 'phrase', stems: ['freedom', 'associ'], positions: [0, 2] },
    { kind: 'word', stem: 'right', letters: 5, exact: true }]);
});

test('a quoted single word is exact, repeats count once, clauses are capped', () => {
  assert.deepEqual(engine.parseQuery('"unions" union unions', en, 10), [
    { kind: 'word', stem: 'union', letters: 6, exact: true }]);
  assert.equal(engine.parseQuery('a1 b2 c3 d4 e5 f6', en, 4).length, 4);
  assert.deepEqual(engine.parseQuery('the of', en, 10), []);
});

test('edit distance counts a transposition as one edit and stops above the limit', () => {
  assert.equal(engine.editDistance('elshibaev', 'elshibayev', 2), 1);
  assert.equal(engine.editDistance('migrnat', 'migrant', 2), 1);
  assert.equal(engine.editDistance('профсаюз', 'профсоюз', 1), 1);
  assert.equal(engine.editDistance('abcdef', 'uvwxyz', 2), 3);
  assert.equal(engine.editDistance('', 'ab', 2), 2);
});
