import test from 'node:test';
import assert from 'node:assert/strict';
import { byte4ToInt, Bm25Field, sum } from '../../../assets/js/search/numbers.mjs';

test('norm bytes decode to Lucene field lengths: exact up to 39, then 3 significant bits', () => {
  for (let i = 0; i <= 39; i++) assert.equal(byte4ToInt(i), i);
  assert.equal(byte4ToInt(40), 40);
  assert.equal(byte4ToInt(41), 42);
  assert.equal(byte4ToInt(254), 1879048216);
  assert.equal(byte4ToInt(255), 2013265944);
  for (let i = 1; i < 256; i++) assert.ok(byte4ToInt(i) > byte4ToInt(i - 1), `increasing at ${i}`);
});

test('BM25 is computed in 32-bit floats, as Lucene does', () => {
  const field = new Bm25Field({ k1: 1.2, b: 0.75 }, { docCount: 4, sumTotalTermFreq: 40, norms: '0a140a05' });
  const idf = field.idf(1);
  assert.equal(idf, Math.fround(Math.log(1 + (4 - 1 + 0.5) / (1 + 0.5))));
  const score = field.score(idf, 2, 1);
  assert.equal(Math.fround(score), score, 'a float32 value');
  // freq / (freq + k1 * (1 - b + b * dl / avgdl)) * idf, up to float rounding
  const exact = idf * 2 / (2 + 1.2 * (0.25 + 0.75 * 20 / 10));
  assert.ok(Math.abs(score - exact) < 1e-6, `${score} vs ${exact}`);
  assert.ok(field.score(idf, 1, 3) > field.score(idf, 1, 1), 'a shorter document scores higher');
});

test('a sum of floats is taken in double and rounded once, as Lucene\'s scorers sum clauses', () => {
  // 1 + 2^-24 + 2^-24: rounded after each step it stays 1; rounded once it is the next float above 1.
  const tiny = 2 ** -24;
  assert.equal(sum([1, tiny, tiny]), Math.fround(1 + 2 * tiny));
  assert.notEqual(sum([1, tiny, tiny]), 1);
  assert.equal(sum([]), 0);
});
