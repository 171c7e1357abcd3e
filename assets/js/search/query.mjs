// What the visitor typed, as clauses: words (with their typo allowance) and quoted phrases.

const QUOTES = '"“”«»„';
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/** Letters and digits, in code points: how long a typed word is. */
function letters(surface) {
  let count = 0;
  for (const ch of surface) {
    if (LETTER_OR_DIGIT.test(ch)) count++;
  }
  return count;
}

/**
 * The query as ParsedQuery.java reads it: quotes open and close phrases (an open one runs to the
 * end); words outside quotes tolerate typos and have a name key; a quoted single word is exact;
 * repeats count once.
 */
export function parseQuery(text, analyzer, maxClauses) {
  const clauses = [];
  const words = new Set();
  const phrases = new Set();
  let segment = '';
  let quoted = false;
  const flush = () => {
    const tokens = analyzer.analyze(segment);
    if (quoted && tokens.length > 1) {
      const phrase = {
        kind: 'phrase',
        stems: tokens.map((t) => t.term),
        positions: tokens.map((t) => t.position - tokens[0].position)
      };
      const key = JSON.stringify([phrase.stems, phrase.positions]);
      if (!phrases.has(key)) {
        phrases.add(key);
        clauses.push(phrase);
      }
    } else {
      for (const token of tokens) {
        if (!words.has(token.term)) {
          words.add(token.term);
          clauses.push({
            kind: 'word',
            stem: token.term,
            letters: letters(segment.slice(token.start, token.end)),
            exact: quoted,
            key: quoted ? null : analyzer.nameKey(token.word)
          });
        }
      }
    }
    segment = '';
  };
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || QUOTES.indexOf(text[i]) >= 0) {
      flush();
      quoted = !quoted;
    } else {
      segment += text[i];
    }
  }
  return clauses.slice(0, maxClauses);
}
