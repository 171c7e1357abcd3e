import test from 'node:test';
import assert from 'node:assert/strict';
import { RussianStemmer } from '../../../assets/js/search/russian-stemmer.mjs';

test('Russian stems are Lucene\'s Snowball stems, ё folded', () => {
  const expected = [['забастовка', 'забастовк'], ['забастовки', 'забастовк'], ['забастовок', 'забастовок'],
    ['профсоюзов', 'профсоюз'], ['профсоюзный', 'профсоюзн'], ['ёлка', 'елк'], ['ёлочный', 'елочн'],
    ['пытки', 'пытк'], ['пыток', 'пыток'], ['казахстан', 'казахста'], ['казахстане', 'казахстан'],
    ['вагона', 'вагон'], ['важнейшими', 'важн'], ['активистов', 'активист'], ['освобождённых', 'освобожден'],
    ['работающий', 'работа'], ['заработную', 'заработн'], ['объединения', 'объединен'], ['бывшие', 'бывш'],
    ['прошедший', 'прошедш'], ['наиболее', 'наибол'], ['благодарность', 'благодарн'], ['конференции', 'конференц']];
  for (const [word, stem] of expected) assert.equal(RussianStemmer.stem(word), stem, word);
});

test('gerunds, reflexive verbs, verbs, superlatives and participles lose their endings as in Lucene', () => {
  // Lucene 9.12's RussianAnalyzer gives these stems (stop words left out).
  const expected = [['прочитав', 'прочита'], ['сделавшись', 'сдела'], ['борются', 'борют'], ['собрались', 'собра'],
    ['требовали', 'требова'], ['заявил', 'заяв'], ['красивейший', 'красив'], ['длинная', 'длин'],
    ['подписавшие', 'подписа'], ['осуждённых', 'осужден'], ['трудящихся', 'трудя'], ['свободы', 'свобод']];
  for (const [word, stem] of expected) assert.equal(RussianStemmer.stem(word), stem, word);
});
