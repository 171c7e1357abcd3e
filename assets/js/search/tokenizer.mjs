// Lucene's StandardTokenizer: where words begin and end (Unicode's word boundaries, UAX #29).

/**
 * Lucene's StandardTokenizer: the word boundaries of UAX #29 (WB4-WB13c) as Lucene applies them
 * ("don't", "3.5", "www.example.org" are words; ideographs one token each; emoji sequences tokens).
 */
export class Tokenizer {
  static tokens(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
      const end = Math.max(scanEmoji(text, i), scanWord(text, i), scanSingles(text, i));
      if (end > i) {
        // Lucene cuts tokens longer than 255 UTF-16 units into pieces of 255.
        for (let start = i; start < end; start += 255) {
          const stop = Math.min(end, start + 255);
          tokens.push({ text: text.slice(start, stop), start, end: stop });
        }
        i = end;
      } else {
        i += codePointLength(text, i);
      }
    }
    return tokens;
  }
}

const C = {
  OTHER: 0, LETTER: 1, HEBREW: 2, NUMERIC: 3, KATAKANA: 4, EXTEND_NUM_LET: 5, MID_LETTER: 6,
  MID_NUM: 7, MID_NUM_LET: 8, SINGLE_QUOTE: 9, DOUBLE_QUOTE: 10, EXTEND: 11, HAN: 12, HIRAGANA: 13,
  COMPLEX: 14, REGIONAL: 15, PICTOGRAPHIC: 16
};

const MID_LETTER = new Set([0x3a, 0xb7, 0x387, 0x5f4, 0x2027, 0xfe13, 0xfe55, 0xff1a]);
const MID_NUM_LET = new Set([0x2e, 0x2018, 0x2019, 0x2024, 0xfe52, 0xff07, 0xff0e]);
const MID_NUM = new Set([0x2c, 0x3b, 0x37e, 0x589, 0x60c, 0x60d, 0x66c, 0x7f8, 0x2044, 0xfe10, 0xfe14,
  0xfe50, 0xfe54, 0xff0c, 0xff1b]);
const EXTEND_NUM_LET = new Set([0x5f, 0x202f, 0x203f, 0x2040, 0x2054, 0xfe33, 0xfe34, 0xfe4d, 0xfe4e, 0xfe4f, 0xff3f]);
const KATAKANA_EXTRA = new Set([0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x309b, 0x309c, 0x30a0, 0x30fc, 0xff70]);

const RE = {
  alphabetic: /\p{Alphabetic}/u,
  mark: /\p{M}/u,
  format: /\p{Cf}/u,
  digit: /\p{Nd}/u,
  han: /\p{Script=Han}/u,
  hiragana: /\p{Script=Hiragana}/u,
  katakana: /\p{Script=Katakana}/u,
  hebrew: /\p{Script=Hebrew}/u,
  complex: /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}\p{Script=Tai_Tham}\p{Script=Tai_Viet}]/u,
  pictographic: /\p{Extended_Pictographic}/u
};

const classCache = new Map();

function classify(cp) {
  let cls = classCache.get(cp);
  if (cls === undefined) {
    cls = computeClass(cp);
    classCache.set(cp, cls);
  }
  return cls;
}

function computeClass(cp) {
  if (cp === 0x27) return C.SINGLE_QUOTE;
  if (cp === 0x22) return C.DOUBLE_QUOTE;
  if (MID_LETTER.has(cp)) return C.MID_LETTER;
  if (MID_NUM_LET.has(cp)) return C.MID_NUM_LET;
  if (MID_NUM.has(cp)) return C.MID_NUM;
  if (EXTEND_NUM_LET.has(cp)) return C.EXTEND_NUM_LET;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return C.REGIONAL;
  const ch = String.fromCodePoint(cp);
  if (cp === 0x200d || cp === 0x200c || RE.mark.test(ch) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) return C.EXTEND;
  if (RE.format.test(ch) && cp !== 0x200b) return C.EXTEND;
  if (RE.digit.test(ch) || cp === 0x66b) return C.NUMERIC;
  if (RE.katakana.test(ch) || KATAKANA_EXTRA.has(cp)) return C.KATAKANA;
  if (RE.hiragana.test(ch)) return C.HIRAGANA;
  if (RE.han.test(ch)) return C.HAN;
  if (RE.complex.test(ch)) return RE.alphabetic.test(ch) || RE.mark.test(ch) ? C.COMPLEX : C.OTHER;
  if (RE.alphabetic.test(ch)) return RE.hebrew.test(ch) ? C.HEBREW : C.LETTER;
  if (RE.pictographic.test(ch)) return C.PICTOGRAPHIC;
  return C.OTHER;
}

function codePointLength(text, i) {
  const cp = text.codePointAt(i);
  return cp > 0xffff ? 2 : 1;
}

/** Past the character at i and the marks, format characters and joiners after it (WB4). */
function afterExtenders(text, i) {
  let j = i + codePointLength(text, i);
  while (j < text.length && classify(text.codePointAt(j)) === C.EXTEND) {
    j += codePointLength(text, j);
  }
  return j;
}

function classAt(text, i) {
  return i < text.length ? classify(text.codePointAt(i)) : C.OTHER;
}

/** The kind of unit a word is made of: letter, Hebrew letter, digit, katakana, connector; or null. */
function unitOf(cls) {
  switch (cls) {
    case C.LETTER: return 'L';
    case C.HEBREW: return 'H';
    case C.NUMERIC: return 'N';
    case C.KATAKANA: return 'K';
    case C.EXTEND_NUM_LET: return 'E';
    default: return null;
  }
}

/**
 * The end of a word or number starting at i (WB5-WB13c), or -1. Units join directly, except
 * katakana with letters or digits (only through a connector such as "_"); one mid character
 * joins two letters (WB6/7: . ' ’ : ·) or two digits (WB11/12: . , ; ' ’); after a Hebrew
 * letter an apostrophe stays (WB7a) and a double quote joins another (WB7b/c).
 */
function scanWord(text, i) {
  let position = i;
  let previous = null; // the last unit, or 'Q' after a Hebrew letter's apostrophe
  let hasCore = false; // a letter, digit or katakana: connectors alone are no word
  let end = -1;
  while (position < text.length) {
    const cls = classAt(text, position);
    const unit = unitOf(cls);
    if (unit !== null) {
      const letterLike = previous === 'L' || previous === 'H' || previous === 'N' || previous === 'Q';
      if ((unit === 'K' && letterLike) || (unit !== 'K' && unit !== 'E' && previous === 'K')) {
        break;
      }
      position = afterExtenders(text, position);
      previous = unit;
      hasCore = hasCore || unit !== 'E';
      if (hasCore) end = position;
      continue;
    }
    const afterMid = afterExtenders(text, position);
    const next = unitOf(classAt(text, afterMid));
    const betweenLetters = (previous === 'L' || previous === 'H') && (next === 'L' || next === 'H')
      && (cls === C.MID_LETTER || cls === C.MID_NUM_LET || cls === C.SINGLE_QUOTE);
    const betweenDigits = previous === 'N' && next === 'N'
      && (cls === C.MID_NUM || cls === C.MID_NUM_LET || cls === C.SINGLE_QUOTE);
    const hebrewQuotes = previous === 'H' && next === 'H' && cls === C.DOUBLE_QUOTE;
    if (betweenLetters || betweenDigits || hebrewQuotes) {
      position = afterMid; // the next round takes the letter or digit after it
      previous = 'M';
    } else if (previous === 'H' && cls === C.SINGLE_QUOTE) {
      position = afterMid;
      previous = 'Q';
      end = position;
    } else {
      break;
    }
  }
  return end;
}

/** Ideographs and Hiragana: one character a token; Thai-like scripts: one run a token. */
function scanSingles(text, i) {
  const cls = classAt(text, i);
  if (cls === C.HAN || cls === C.HIRAGANA) {
    return afterExtenders(text, i);
  }
  if (cls === C.COMPLEX) {
    let j = i;
    while (j < text.length && classAt(text, j) === C.COMPLEX) {
      j = afterExtenders(text, j);
    }
    return j;
  }
  return -1;
}

/** Emoji: a pictograph with variation selector, modifiers and ZWJ sequences, a keycap, or a flag. */
function scanEmoji(text, i) {
  const cp = text.codePointAt(i);
  const cls = classify(cp);
  if (cls === C.REGIONAL) {
    const j = afterExtenders(text, i);
    return classAt(text, j) === C.REGIONAL ? afterExtenders(text, j) : -1;
  }
  if ((cp >= 0x30 && cp <= 0x39) || cp === 0x23 || cp === 0x2a) {
    let j = i + 1;
    if (text.codePointAt(j) === 0xfe0f) j++;
    return text.codePointAt(j) === 0x20e3 ? afterExtenders(text, j) : -1;
  }
  if (cls !== C.PICTOGRAPHIC) {
    return -1;
  }
  let j = afterExtenders(text, i);
  // ZWJ sequences: the joiner was taken as an extender; a pictograph after it continues the emoji.
  while (j < text.length && text.codePointAt(j - 1) === 0x200d && classAt(text, j) === C.PICTOGRAPHIC) {
    j = afterExtenders(text, j);
  }
  return j;
}
