import test from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, maxEdits } from '../../../assets/js/search/edit-distance.mjs';

test('edit distance counts a transposition as one edit and stops above the limit', () => {
  assert.equal(editDistance('elshibaev', 'elshibayev', 2), 1);
  assert.equal(editDistance('migrnat', 'migrant', 2), 1);
  assert.equal(editDistance('профсаюз', 'профсоюз', 1), 1);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
  assert.equal(editDistance('', 'ab', 2), 2);
});

/** The whole optimal-string-alignment table, with no early stop: what editDistance must agree with. */
function fullDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

test('giving up early never changes an answer within the limit', () => {
  const words = ['забастовк', 'забастовок', 'забостовк', 'профсоюз', 'профсаюз', 'strike', 'srtike', 'strikes',
    'union', 'unoin', 'onion', 'elshibaev', 'elshibayev', 'migrant', 'migrnat', 'a', '', 'ab', 'ba'];
  for (const a of words) {
    for (const b of words) {
      for (const max of [0, 1, 2]) {
        assert.equal(editDistance(a, b, max), Math.min(fullDistance(a, b), max + 1), `${a} ${b} ${max}`);
      }
    }
  }
});

test('a word may have one typo from five letters and two from nine, as the manifest says', () => {
  const ranking = { oneEditFrom: 5, twoEditsFrom: 9 };
  assert.deepEqual([1, 4, 5, 8, 9, 20].map((letters) => maxEdits(ranking, letters)), [0, 0, 1, 1, 2, 2]);
});
