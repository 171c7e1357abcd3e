import test from 'node:test';
import assert from 'node:assert/strict';
import { engine } from './support/engine.mjs';

const words = (text) => engine.Tokenizer.tokens(text).map((t) => t.text);

test('the tokenizer keeps words with inner apostrophes, dots and numbers whole', () => {
  assert.deepEqual(words("Don't stop: 3.5% of www.example.org, COVID-19"),
    ["Don't", 'stop', '3.5', 'of', 'www.example.org', 'COVID', '19']);
  assert.deepEqual(words('1,000.50 a_b __ x_ «забастовки» ст.135 v1.2'),
    ['1,000.50', 'a_b', 'x_', 'забастовки', 'ст', '135', 'v1.2']);
  assert.deepEqual(words('Zhanaozen’s workers’ — и т. д.'), ['Zhanaozen’s', 'workers', 'и', 'т', 'д']);
});

test('tokens carry their UTF-16 offsets, also after astral characters', () => {
  const tokens = engine.Tokenizer.tokens('👍🏽 профсоюз');
  assert.deepEqual(tokens.map((t) => [t.text, t.start, t.end]), [['👍🏽', 0, 4], ['профсоюз', 5, 13]]);
});

test('lower case is Java\'s, character by character', () => {
  assert.equal(engine.lowerCase('ЁЛКА İstanbul ΣΑΣ'), 'ёлка istanbul σασ');
});

test('Russian stems are Lucene\'s Snowball stems, ё folded', () => {
  const expected = [['забастовка', 'забастовк'], ['забастовки', 'забастовк'], ['забастовок', 'забастовок'],
    ['профсоюзов', 'профсоюз'], ['профсоюзный', 'профсоюзн'], ['ёлка', 'елк'], ['ёлочный', 'елочн'],
    ['пытки', 'пытк'], ['пыток', 'пыток'], ['казахстан', 'казахста'], ['казахстане', 'казахстан'],
    ['вагона', 'вагон'], ['важнейшими', 'важн'], ['активистов', 'активист'], ['освобождённых', 'освобожден'],
    ['работающий', 'работа'], ['заработную', 'заработн'], ['объединения', 'объединен'], ['бывшие', 'бывш'],
    ['прошедший', 'прошедш'], ['наиболее', 'наибол'], ['благодарность', 'благодарн'], ['конференции', 'конференц']];
  for (const [word, stem] of expected) assert.equal(engine.RussianStemmer.stem(word), stem, word);
});

test('English stems are Lucene\'s Porter stems (not Porter2)', () => {
  const expected = [['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['cats', 'cat'], ['feed', 'feed'],
    ['agreed', 'agre'], ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'],
    ['hopping', 'hop'], ['filing', 'file'], ['relational', 'relat'], ['generalization', 'gener'],
    ['elshibayev', 'elshibayev'], ['unions', 'union'], ['workers', 'worker'], ['labour', 'labour'],
    ['organizations', 'organ'], ['rights', 'right'], ['happy', 'happi'], ['sky', 'sky']];
  for (const [word, stem] of expected) assert.equal(engine.PorterStemmer.stem(word), stem, word);
});

test('the analyzers drop stop words but keep their positions, and English possessives', () => {
  const en = new engine.Analyzer('en', ['the', 'to']);
  assert.deepEqual(en.analyze("The right to strike, the union's demands").map((t) => [t.term, t.position]),
    [['right', 1], ['strike', 3], ['union', 5], ['demand', 6]]);
  const ru = new engine.Analyzer('ru', ['на', 'и']);
  assert.deepEqual(ru.analyze('Право на забастовку и профсоюзы').map((t) => [t.term, t.position]),
    [['прав', 0], ['забастовк', 2], ['профсоюз', 4]]);
});
