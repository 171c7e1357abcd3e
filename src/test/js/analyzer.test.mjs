import test from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer } from '../../../assets/js/search/analyzer.mjs';

test('the analyzers drop stop words but keep their positions, and English possessives', () => {
  const en = new Analyzer('en', ['the', 'to']);
  assert.deepEqual(en.analyze("The right to strike, the union's demands").map((t) => [t.term, t.position]),
    [['right', 1], ['strike', 3], ['union', 5], ['demand', 6]]);
  const ru = new Analyzer('ru', ['на', 'и']);
  assert.deepEqual(ru.analyze('Право на забастовку и профсоюзы').map((t) => [t.term, t.position]),
    [['прав', 0], ['забастовк', 2], ['профсоюз', 4]]);
});

test('a stop word is a token without a term, with its position and offsets', () => {
  const en = new Analyzer('en', ['the']);
  assert.deepEqual(en.tokens('The union').map((t) => [t.term, t.position, t.start, t.end]),
    [[null, 0, 0, 3], ['union', 1, 4, 9]]);
});

test('only English drops a possessive, with any of its apostrophes, as Lucene\'s two analyzers do', () => {
  // Lucene 9.12: EnglishAnalyzer gives union worker union o'neil, RussianAnalyzer union's профсоюз.
  assert.deepEqual(new Analyzer('en', []).analyze("Union’s WORKERS＇S unions' O'Neil's").map((t) => t.term),
    ['union', 'worker', 'union', "o'neil"]);
  assert.deepEqual(new Analyzer('ru', []).analyze("Union's Профсоюза").map((t) => t.term), ["union's", 'профсоюз']);
});

test('a result\'s text is analysed once for the next keystrokes, and the same as without the cache', () => {
  const ru = new Analyzer('ru', ['и']);
  const text = 'Забастовки и профсоюзы';
  const first = ru.analyzeCached(text);
  assert.deepEqual(first, ru.analyze(text));
  assert.equal(ru.analyzeCached(text), first, 'the kept terms, not a new analysis');
  for (let i = 0; i < 200; i++) ru.analyzeCached('текст ' + i);
  assert.notEqual(ru.analyzeCached(text), first, 'the oldest of more than 200 texts is let go');
  assert.deepEqual(ru.analyzeCached(text), first);
});
