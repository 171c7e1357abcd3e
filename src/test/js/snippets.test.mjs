import test from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer } from '../../../assets/js/search/analyzer.mjs';
import { matchRanges, snippet, marked } from '../../../assets/js/search/snippets.mjs';

const ru = new Analyzer('ru', ['и', 'в', 'на']);

test('inflected Cyrillic words are marked whole, exactly where they are', () => {
  const text = 'Профсоюзы и профсоюзных лидеров, а также профсоюз — «Профсоюза».';
  const ranges = matchRanges(text, ru, new Set(['профсоюз']));
  assert.deepEqual(ranges.map((r) => text.slice(r.start, r.end)), ['Профсоюзы', 'профсоюз', 'Профсоюза']);
  const segments = marked(text, ranges, 0, text.length);
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ['Профсоюзы', 'профсоюз', 'Профсоюза']);
  assert.equal(segments.map((s) => s.text).join(''), text);
});

test('a snippet centres on the densest matches, cut between words, with ellipses', () => {
  const filler = 'слово '.repeat(80);
  const text = filler + 'здесь забастовка шахтёров и забастовки рабочих ' + filler;
  const ranges = matchRanges(text, ru, new Set(['забастовк', 'шахтер']));
  const segments = snippet(text, ranges, 120);
  const joined = segments.map((s) => s.text).join('');
  assert.ok(joined.startsWith('… '), joined);
  assert.ok(joined.endsWith(' …'), joined);
  assert.ok(joined.length <= 130, joined);
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ['забастовка', 'шахтёров', 'забастовки']);
  assert.ok(!/ слов$| сл$/.test(joined.replace(' …', '')), 'no word is cut');
});

test('without matches the snippet is the beginning; markup in the text stays text', () => {
  const text = '<script>alert(1)</script> & text';
  const segments = snippet(text, [], 200);
  assert.deepEqual(segments, [{ text, mark: false }]);
});
