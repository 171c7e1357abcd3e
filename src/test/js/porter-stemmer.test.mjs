import test from 'node:test';
import assert from 'node:assert/strict';
import { PorterStemmer } from '../../../assets/js/search/porter-stemmer.mjs';

test('English stems are Lucene\'s Porter stems (not Porter2)', () => {
  const expected = [['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['cats', 'cat'], ['feed', 'feed'],
    ['agreed', 'agre'], ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'],
    ['hopping', 'hop'], ['filing', 'file'], ['relational', 'relat'], ['generalization', 'gener'],
    ['elshibayev', 'elshibayev'], ['unions', 'union'], ['workers', 'worker'], ['labour', 'labour'],
    ['organizations', 'organ'], ['rights', 'right'], ['happy', 'happi'], ['sky', 'sky']];
  for (const [word, stem] of expected) assert.equal(PorterStemmer.stem(word), stem, word);
});

test('each of Porter\'s steps as Lucene applies it: double suffixes, -ful/-ness, -ment, -ion after s or t, final e and ll', () => {
  // Lucene 9.12's EnglishAnalyzer gives these stems (stop words left out).
  const expected = [['conditional', 'condit'], ['valenci', 'valenc'], ['hesitanci', 'hesit'], ['digitizer', 'digit'],
    ['radicalli', 'radic'], ['differentli', 'differ'], ['vileli', 'vile'], ['analogousli', 'analog'],
    ['operator', 'oper'], ['feudalism', 'feudal'], ['decisiveness', 'decis'], ['callousness', 'callous'],
    ['formaliti', 'formal'], ['sensitiviti', 'sensit'], ['sensibility', 'sensibl'], ['triplicate', 'triplic'],
    ['formative', 'form'], ['electrical', 'electr'], ['hopeful', 'hope'], ['goodness', 'good'],
    ['allowance', 'allow'], ['inference', 'infer'], ['adjustment', 'adjust'], ['dependent', 'depend'],
    ['adoption', 'adopt'], ['communism', 'commun'], ['activate', 'activ'], ['homologous', 'homolog'],
    ['effective', 'effect'], ['bowdlerize', 'bowdler'], ['controlling', 'control'], ['roll', 'roll'],
    ['rate', 'rate'], ['cease', 'ceas']];
  for (const [word, stem] of expected) assert.equal(PorterStemmer.stem(word), stem, word);
});

test('words of one or two letters are left as they are', () => {
  for (const word of ['a', 'is', 'as', 'ys']) assert.equal(PorterStemmer.stem(word), word);
});
