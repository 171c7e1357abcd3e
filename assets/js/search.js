/*
 * Site search without a server, from the static, sharded index the build publishes (IndexFiles.java).
 * It reproduces Lucene exactly, so that the browser's top results are Lucene's:
 *  - analysis: StandardTokenizer (Unicode word boundaries), lower case, Lucene's stop words, and
 *    the stemmers Lucene uses: Snowball Russian (with ё folded to е) and Porter for English;
 *  - scoring: BM25 in 32-bit floats, step by step as Lucene computes it, with its one-byte norms;
 *  - the query: see ParsedQuery.java, QueryPlan.java and LuceneQueries.java, which define it.
 *
 * One file, loaded with <script defer>: the site's assets get hashed names, so scripts cannot
 * import each other. Under Node (tests, benchmark) it exports its parts instead of running the page.
 */
(function (root) {
  'use strict';

  const f32 = Math.fround;

  const FORMAT = 2; // of the index (IndexFiles.java), which puts 4 documents' later parts in a file

  /* ---------------------------------------------------------------- Lucene's numbers */

  /** SmallFloat.byte4ToInt: the field length a norm byte stands for. */
  function byte4ToInt(b) {
    const NUM_FREE_VALUES = 24; // 255 - longToInt4(Integer.MAX_VALUE)
    const i = b & 0xff;
    if (i < NUM_FREE_VALUES) {
      return i;
    }
    const encoded = i - NUM_FREE_VALUES;
    const bits = encoded & 0x07;
    const shift = (encoded >>> 3) - 1;
    const decoded = NUM_FREE_VALUES + (shift === -1 ? bits : (bits | 0x08) * 2 ** shift);
    return Math.min(decoded, 2147483647);
  }

  /** BM25Similarity of one field, in float arithmetic exactly as Lucene computes it. */
  class Bm25Field {
    constructor(ranking, stats) {
      this.docCount = stats.docCount;
      const k1 = f32(ranking.k1);
      const b = f32(ranking.b);
      const avgdl = f32(stats.sumTotalTermFreq / stats.docCount);
      this.norms = hexBytes(stats.norms);
      this.normInverse = new Float32Array(256);
      for (let i = 0; i < 256; i++) {
        const length = f32(byte4ToInt(i));
        this.normInverse[i] = f32(1 / f32(k1 * f32(f32(1 - b) + f32(f32(b * length) / avgdl))));
      }
    }

    idf(docFreq) {
      return f32(Math.log(1 + (this.docCount - docFreq + 0.5) / (docFreq + 0.5)));
    }

    /** Lucene's BM25Scorer: weight - weight / (1 + freq / norm), every step rounded to float. */
    score(weight, freq, doc) {
      return f32(weight - f32(weight / f32(1 + f32(freq * this.normInverse[this.norms[doc]]))));
    }
  }

  function hexBytes(hex) {
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    }
    return bytes;
  }

  /** Sums floats in double precision and rounds once, as Lucene's scorers do. */
  function sum(values) {
    let total = 0;
    for (const value of values) {
      total += value;
    }
    return f32(total);
  }

  /* ---------------------------------------------------------------- Tokenizer */

  /**
   * Lucene's StandardTokenizer: the word boundaries of UAX #29 (WB4-WB13c) as Lucene applies them
   * ("don't", "3.5", "www.example.org" are words; ideographs one token each; emoji sequences tokens).
   */
  class Tokenizer {
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
    pictographic: /\p{Extended_Pictographic}/u,
    letterOrDigit: /[\p{L}\p{Nd}]/u
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

  /* ---------------------------------------------------------------- Lower case */

  const lowerCache = new Map();

  /** Java's Character.toLowerCase, code point by code point (no context, no expansions). */
  function lowerCase(text) {
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return text.toLowerCase();
    }
    let out = '';
    for (const ch of text) {
      let lower = lowerCache.get(ch);
      if (lower === undefined) {
        lower = ch === '\u0130' ? 'i' : ch.toLowerCase();
        if ([...lower].length !== 1) {
          lower = ch;
        }
        lowerCache.set(ch, lower);
      }
      out += lower;
    }
    return out;
  }

  /* ---------------------------------------------------------------- Snowball Russian */

  /**
   * Lucene's org.tartarus.snowball.ext.RussianStemmer (Snowball 2.x): ё is folded to е, then
   * endings are removed from the end of the word, never reaching before the first vowel.
   */
  class RussianStemmer {
    static stem(word) {
      const s = word.replace(/ё/g, 'е');
      const state = { s, end: s.length, limit: 0, p2: 0 };
      markRegions(state);
      if (!perfectiveGerund(state)) {
        findAndDelete(state, RU_REFLEXIVE);
        if (!adjectival(state) && !verb(state)) {
          findAndDelete(state, RU_NOUN);
        }
      }
      if (state.end - state.limit >= 1 && state.s[state.end - 1] === 'и') {
        state.end--;
      }
      derivational(state);
      tidyUp(state);
      return state.s.slice(0, state.end);
    }
  }

  const RU_VOWELS = 'аеиоуыэюя';

  function markRegions(state) {
    const s = state.s;
    const n = s.length;
    const isVowel = (c) => RU_VOWELS.indexOf(c) >= 0;
    state.limit = n; // pV: the region RV starts after the first vowel
    state.p2 = n;
    let i = 0;
    while (i < n && !isVowel(s[i])) i++;
    if (i === n) return;
    state.limit = ++i;
    while (i < n && isVowel(s[i])) i++;
    if (i === n) return;
    i++;
    while (i < n && !isVowel(s[i])) i++;
    if (i === n) return;
    i++;
    while (i < n && isVowel(s[i])) i++;
    if (i === n) return;
    state.p2 = i + 1;
  }

  function among(entries) {
    const map = new Map(entries);
    let longest = 0;
    for (const key of map.keys()) longest = Math.max(longest, key.length);
    return { map, longest };
  }

  /** Snowball's find_among_b: the longest listed suffix inside the region; its action number or 0. */
  function findAmong(state, table) {
    for (let length = Math.min(table.longest, state.end - state.limit); length > 0; length--) {
      const action = table.map.get(state.s.slice(state.end - length, state.end));
      if (action !== undefined) {
        return { action, length };
      }
    }
    return null;
  }

  /** Is the letter before the last {@code length} units one of {@code letters}, inside the region? */
  function precededBy(state, length, letters) {
    const at = state.end - length - 1;
    return at >= state.limit && letters.indexOf(state.s[at]) >= 0;
  }

  function findAndDelete(state, table) {
    const found = findAmong(state, table);
    if (found === null) return false;
    state.end -= found.length;
    return true;
  }

  /** Suffixes whose action 1 needs а or я before them (kept), and action 2 deletes outright. */
  function deleteAfterAYa(state, table) {
    const found = findAmong(state, table);
    if (found === null) return false;
    if (found.action === 1 && !precededBy(state, found.length, 'ая')) return false;
    state.end -= found.length;
    return true;
  }

  function perfectiveGerund(state) {
    return deleteAfterAYa(state, RU_PERFECTIVE_GERUND);
  }

  function adjectival(state) {
    if (!findAndDelete(state, RU_ADJECTIVE)) return false;
    deleteAfterAYa(state, RU_PARTICIPLE);
    return true;
  }

  function verb(state) {
    return deleteAfterAYa(state, RU_VERB);
  }

  function derivational(state) {
    const found = findAmong(state, RU_DERIVATIONAL);
    if (found !== null && state.p2 <= state.end - found.length) {
      state.end -= found.length;
    }
  }

  function tidyUp(state) {
    const found = findAmong(state, RU_TIDY_UP);
    if (found === null) return;
    const s = state.s;
    if (found.action === 1) {
      state.end -= found.length;
      if (state.end - state.limit >= 2 && s[state.end - 1] === 'н' && s[state.end - 2] === 'н') {
        state.end--;
      }
    } else if (found.action === 2) {
      if (precededBy(state, 1, 'н')) state.end--;
    } else {
      state.end--;
    }
  }

  const RU_PERFECTIVE_GERUND = among([['в', 1], ['ив', 2], ['ыв', 2], ['вши', 1], ['ивши', 2], ['ывши', 2],
    ['вшись', 1], ['ившись', 2], ['ывшись', 2]]);
  const RU_ADJECTIVE = among(['ее', 'ие', 'ое', 'ые', 'ими', 'ыми', 'ей', 'ий', 'ой', 'ый', 'ем', 'им', 'ом', 'ым',
    'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ею', 'ою', 'ую', 'юю', 'ая', 'яя'].map((s) => [s, 1]));
  const RU_PARTICIPLE = among([['ем', 1], ['нн', 1], ['вш', 1], ['ивш', 2], ['ывш', 2], ['щ', 1], ['ющ', 1], ['ующ', 2]]);
  const RU_REFLEXIVE = among([['сь', 1], ['ся', 1]]);
  const RU_VERB = among([['ла', 1], ['ила', 2], ['ыла', 2], ['на', 1], ['ена', 2], ['ете', 1], ['ите', 2],
    ['йте', 1], ['ейте', 2], ['уйте', 2], ['ли', 1], ['или', 2], ['ыли', 2], ['й', 1], ['ей', 2], ['уй', 2],
    ['л', 1], ['ил', 2], ['ыл', 2], ['ем', 1], ['им', 2], ['ым', 2], ['н', 1], ['ен', 2], ['ло', 1], ['ило', 2],
    ['ыло', 2], ['но', 1], ['ено', 2], ['нно', 1], ['ет', 1], ['ует', 2], ['ит', 2], ['ыт', 2], ['ют', 1],
    ['уют', 2], ['ят', 2], ['ны', 1], ['ены', 2], ['ть', 1], ['ить', 2], ['ыть', 2], ['ешь', 1], ['ишь', 2],
    ['ю', 2], ['ую', 2]]);
  const RU_NOUN = among(['а', 'ев', 'ов', 'е', 'ие', 'ье', 'и', 'еи', 'ии', 'ами', 'ями', 'иями', 'й', 'ей', 'ией',
    'ий', 'ой', 'ам', 'ем', 'ием', 'ом', 'ям', 'иям', 'о', 'у', 'ах', 'ях', 'иях', 'ы', 'ь', 'ю', 'ию', 'ью', 'я',
    'ия', 'ья'].map((s) => [s, 1]));
  const RU_DERIVATIONAL = among([['ост', 1], ['ость', 1]]);
  const RU_TIDY_UP = among([['ейше', 1], ['н', 2], ['ейш', 1], ['ь', 3]]);

  /* ---------------------------------------------------------------- Porter (English) */

  /** Lucene's org.apache.lucene.analysis.en.PorterStemmer, the original Porter algorithm (not Porter2). */
  class PorterStemmer {
    static stem(word) {
      if (word.length <= 2) {
        return word;
      }
      return new PorterWord(word).stem();
    }
  }

  class PorterWord {
    constructor(word) {
      this.b = word.split('');
      this.k = word.length - 1;
      this.j = 0;
    }

    stem() {
      this.step1();
      this.step2();
      this.step3();
      this.step4();
      this.step5();
      this.step6();
      return this.b.slice(0, this.k + 1).join('');
    }

    cons(i) {
      switch (this.b[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return false;
        case 'y': return i === 0 ? true : !this.cons(i - 1);
        default: return true;
      }
    }

    /** The number of consonant-vowel sequences between 0 and j. */
    m() {
      let n = 0;
      let i = 0;
      for (;;) {
        if (i > this.j) return n;
        if (!this.cons(i)) break;
        i++;
      }
      i++;
      for (;;) {
        for (;;) {
          if (i > this.j) return n;
          if (this.cons(i)) break;
          i++;
        }
        i++;
        n++;
        for (;;) {
          if (i > this.j) return n;
          if (!this.cons(i)) break;
          i++;
        }
        i++;
      }
    }

    vowelInStem() {
      for (let i = 0; i <= this.j; i++) {
        if (!this.cons(i)) return true;
      }
      return false;
    }

    doubleC(j) {
      if (j < 1) return false;
      if (this.b[j] !== this.b[j - 1]) return false;
      return this.cons(j);
    }

    cvc(i) {
      if (i < 2 || !this.cons(i) || this.cons(i - 1) || !this.cons(i - 2)) return false;
      const ch = this.b[i];
      return !(ch === 'w' || ch === 'x' || ch === 'y');
    }

    ends(s) {
      const l = s.length;
      const o = this.k - l + 1;
      if (o < 0) return false;
      for (let i = 0; i < l; i++) {
        if (this.b[o + i] !== s[i]) return false;
      }
      this.j = this.k - l;
      return true;
    }

    setTo(s) {
      const o = this.j + 1;
      for (let i = 0; i < s.length; i++) {
        this.b[o + i] = s[i];
      }
      this.k = this.j + s.length;
    }

    r(s) {
      if (this.m() > 0) this.setTo(s);
    }

    step1() {
      if (this.b[this.k] === 's') {
        if (this.ends('sses')) this.k -= 2;
        else if (this.ends('ies')) this.setTo('i');
        else if (this.b[this.k - 1] !== 's') this.k--;
      }
      if (this.ends('eed')) {
        if (this.m() > 0) this.k--;
      } else if ((this.ends('ed') || this.ends('ing')) && this.vowelInStem()) {
        this.k = this.j;
        if (this.ends('at')) this.setTo('ate');
        else if (this.ends('bl')) this.setTo('ble');
        else if (this.ends('iz')) this.setTo('ize');
        else if (this.doubleC(this.k)) {
          const ch = this.b[this.k--];
          if (ch === 'l' || ch === 's' || ch === 'z') this.k++;
        } else if (this.m() === 1 && this.cvc(this.k)) this.setTo('e');
      }
    }

    step2() {
      if (this.ends('y') && this.vowelInStem()) {
        this.b[this.k] = 'i';
      }
    }

    /** Maps double suffixes to single ones; the table is Lucene's, by the second-last letter. */
    step3() {
      if (this.k === 0) return;
      const rules = PORTER_STEP3[this.b[this.k - 1]];
      this.applyFirst(rules);
    }

    step4() {
      const rules = PORTER_STEP4[this.b[this.k]];
      this.applyFirst(rules);
    }

    applyFirst(rules) {
      if (!rules) return;
      for (const [suffix, replacement] of rules) {
        if (this.ends(suffix)) {
          this.r(replacement);
          return;
        }
      }
    }

    step5() {
      if (this.k === 0) return;
      const suffixes = PORTER_STEP5[this.b[this.k - 1]];
      if (!suffixes) return;
      let found = false;
      for (const suffix of suffixes) {
        if (this.ends(suffix)) {
          if (suffix === 'ion' && !(this.j >= 0 && (this.b[this.j] === 's' || this.b[this.j] === 't'))) {
            continue;
          }
          found = true;
          break;
        }
      }
      if (found && this.m() > 1) this.k = this.j;
    }

    step6() {
      this.j = this.k;
      if (this.b[this.k] === 'e') {
        const a = this.m();
        if (a > 1 || (a === 1 && !this.cvc(this.k - 1))) this.k--;
      }
      if (this.b[this.k] === 'l' && this.doubleC(this.k) && this.m() > 1) this.k--;
    }
  }

  const PORTER_STEP3 = {
    a: [['ational', 'ate'], ['tional', 'tion']],
    c: [['enci', 'ence'], ['anci', 'ance']],
    e: [['izer', 'ize']],
    l: [['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']],
    o: [['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']],
    s: [['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']],
    t: [['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']],
    g: [['logi', 'log']]
  };
  const PORTER_STEP4 = {
    e: [['icate', 'ic'], ['ative', ''], ['alize', 'al']],
    i: [['iciti', 'ic']],
    l: [['ical', 'ic'], ['ful', '']],
    s: [['ness', '']]
  };
  const PORTER_STEP5 = {
    a: ['al'], c: ['ance', 'ence'], e: ['er'], i: ['ic'], l: ['able', 'ible'], n: ['ant', 'ement', 'ment', 'ent'],
    o: ['ion', 'ou'], s: ['ism'], t: ['ate', 'iti'], u: ['ous'], v: ['ive'], z: ['ize']
  };

  /* ---------------------------------------------------------------- Analyzers */

  /**
   * RussianAnalyzer: tokens, lower case, stop words, Snowball Russian. EnglishAnalyzer: tokens,
   * possessive 's removed, lower case, stop words, Porter. A removed stop word still takes up a
   * position, so phrases keep their gaps. Terms here are stems before the index's word-form map,
   * which the shards carry.
   */
  class Analyzer {
    constructor(language, stopWords) {
      this.language = language;
      this.stopWords = new Set(stopWords);
      this.stemmer = language === 'ru' ? RussianStemmer : PorterStemmer;
      this.stems = new Map();
      this.texts = new Map();
    }

    /** Every token with its term and position; {@code term} is null for a stop word. */
    tokens(text) {
      const out = [];
      let position = -1;
      for (const token of Tokenizer.tokens(text)) {
        position++;
        let word = token.text;
        if (this.language === 'en') {
          word = withoutPossessive(word);
        }
        word = lowerCase(word);
        const term = this.stopWords.has(word) ? null : this.stem(word);
        out.push({ term, position, start: token.start, end: token.end });
      }
      return out;
    }

    /** The terms of a text, without stop words. */
    analyze(text) {
      return this.tokens(text).filter((t) => t.term !== null);
    }

    /** The terms of a result's text, kept for the next keystrokes: snippets are cut from the same texts. */
    analyzeCached(text) {
      let terms = this.texts.get(text);
      if (terms === undefined) {
        terms = this.analyze(text);
        if (this.texts.size >= 200) this.texts.delete(this.texts.keys().next().value);
        this.texts.set(text, terms);
      }
      return terms;
    }

    stem(word) {
      let stem = this.stems.get(word);
      if (stem === undefined) {
        stem = this.stemmer.stem(word);
        if (this.stems.size > 50000) this.stems.clear();
        this.stems.set(word, stem);
      }
      return stem;
    }
  }

  /** EnglishPossessiveFilter: a final 's (with ', ’ or ＇) is dropped. */
  function withoutPossessive(word) {
    const n = word.length;
    if (n >= 2 && "'\u2019\uff07".indexOf(word[n - 2]) >= 0 && (word[n - 1] === 's' || word[n - 1] === 'S')) {
      return word.slice(0, n - 2);
    }
    return word;
  }

  /* ---------------------------------------------------------------- Query */

  const QUOTES = '"“”«»„';

  /** Letters and digits, in code points: how long a typed word is. */
  function letters(surface) {
    let count = 0;
    for (const ch of surface) {
      if (RE.letterOrDigit.test(ch)) count++;
    }
    return count;
  }

  /**
   * The query as ParsedQuery.java reads it: quotes open and close phrases (an open one runs to the
   * end); words outside quotes tolerate typos; a quoted single word is exact; repeats count once.
   */
  function parseQuery(text, analyzer, maxClauses) {
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
              exact: quoted
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

  /** Optimal string alignment distance, giving up above max (then max + 1), as EditDistance.java. */
  function editDistance(a, b, max) {
    const n = a.length;
    const m = b.length;
    if (Math.abs(n - m) > max) return max + 1;
    let previous2 = new Array(m + 1).fill(0);
    let previous = new Array(m + 1);
    let current = new Array(m + 1);
    for (let j = 0; j <= m; j++) previous[j] = j;
    for (let i = 1; i <= n; i++) {
      current[0] = i;
      let rowMin = i;
      for (let j = 1; j <= m; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
        if (value < rowMin) rowMin = value;
      }
      if (rowMin > max) return max + 1;
      const recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[m], max + 1);
  }

  function maxEdits(ranking, count) {
    return count >= ranking.twoEditsFrom ? 2 : count >= ranking.oneEditFrom ? 1 : 0;
  }

  /* ---------------------------------------------------------------- The static index */

  /** One fetched shard: its terms (with postings decoded on first use), word forms and vocabulary. */
  class Shard {
    constructor(json) {
      this.entries = new Map();
      this.words = [];
      for (const entry of json.terms) {
        this.entries.set(entry[0], entry);
        this.words.push(entry[0]);
      }
      this.aliases = new Map(Object.entries(json.aliases));
      for (const alias of this.aliases.keys()) this.words.push(alias);
      for (const entry of json.linked) this.entries.set(entry[0], entry);
      this.decoded = new Map();
    }

    /** A term's postings: {term, body: {docs, freqs}, title: {docs, freqs}, forms}, or null. */
    postings(term) {
      let postings = this.decoded.get(term);
      if (postings === undefined) {
        const entry = this.entries.get(term);
        postings = entry ? {
          term,
          body: fieldPostings(entry[1], entry[2]),
          title: fieldPostings(entry[3], entry[4]),
          forms: entry[5]
        } : null;
        this.decoded.set(term, postings);
      }
      return postings;
    }
  }

  function fieldPostings(deltas, freqs) {
    const docs = new Int32Array(deltas.length);
    let doc = 0;
    for (let i = 0; i < deltas.length; i++) {
      doc += deltas[i];
      docs[i] = doc;
    }
    return { docs, freqs };
  }

  /** A positions file: per term, for body and title, each posting's positions in order. */
  class PositionsFile {
    constructor(json) {
      this.json = json;
      this.decoded = new Map();
    }

    /** Map doc → positions of {@code term} in {@code field} ('body' or 'title'), given its postings. */
    of(term, field, postings) {
      const key = field + '\u0000' + term;
      let byDoc = this.decoded.get(key);
      if (byDoc === undefined) {
        byDoc = new Map();
        const entry = this.json[term];
        const flat = entry ? entry[field === 'body' ? 0 : 1] : [];
        let at = 0;
        for (let d = 0; d < postings.docs.length; d++) {
          const positions = new Int32Array(postings.freqs[d]);
          let previous = 0;
          for (let k = 0; k < positions.length; k++) {
            previous += flat[at++];
            positions[k] = previous;
          }
          byDoc.set(postings.docs[d], positions);
        }
        this.decoded.set(key, byDoc);
      }
      return byDoc;
    }
  }

  /** The live index's positions file from its parts by document number. */
  function joinPositions(parts) {
    const joined = Object.create(null);
    for (const part of parts) {
      for (const term in part) {
        const entry = joined[term] || (joined[term] = [[], []]);
        part[term].forEach((values, field) => { entry[field] = entry[field].concat(values); });
      }
    }
    return joined;
  }

  /**
   * One language's static index at {@code base} (the folder holding manifest.json). Fetches each
   * file once and keeps it; {@code load(url)} returns a promise of the parsed JSON.
   */
  class StaticIndex {
    constructor(base, load) {
      this.base = base.endsWith('/') ? base : base + '/';
      this.load = load;
      this.files = new Map();
      this.requests = 0;
    }

    fetchJson(path) {
      let promise = this.files.get(path);
      if (promise === undefined) {
        this.requests++;
        promise = this.load(this.base + path);
        promise.catch(() => this.files.delete(path));
        this.files.set(path, promise);
      }
      return promise;
    }

    async manifest() {
      if (!this.ready) {
        this.ready = this.fetchJson('manifest.json').then((json) => {
          if (json.format !== FORMAT) throw new Error('unknown search index format ' + json.format);
          this.meta = json;
          this.analyzer = new Analyzer(json.language, json.stopWords);
          this.fields = { title: new Bm25Field(json.ranking, json.fields.title), body: new Bm25Field(json.ranking, json.fields.body) };
          return json;
        });
        this.ready.catch(() => { this.ready = null; });
      }
      return this.ready;
    }

    /** The shard a stem belongs to: the last whose key is not after it. */
    shardOf(stem) {
      const keys = this.meta.shards;
      let low = 0;
      let high = keys.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (keys[middle] <= stem) low = middle; else high = middle - 1;
      }
      return low;
    }

    /** The positions file of a word: 32-bit FNV-1a of its UTF-16 units, modulo the number of files. */
    positionFileOf(word) {
      let hash = 0x811c9dc5;
      for (let i = 0; i < word.length; i++) {
        hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
      }
      return (hash >>> 0) % this.meta.positionFiles;
    }

    shard(number) {
      const path = 's/' + ((this.meta.shardFiles || [])[number] ?? number) + '.json';
      const key = 'shard:' + number;
      if (!this.files.has(key)) {
        this.files.set(key, this.fetchJson(path).then((json) => new Shard(json)));
      }
      return this.files.get(key);
    }

    positions(number) {
      const key = 'positions:' + number;
      if (!this.files.has(key)) {
        const size = this.meta.positionGroups;
        const json = size
          ? Promise.all(Array.from({ length: Math.ceil(this.meta.documents / size) },
            (_, group) => this.fetchJson('p/' + number + '-' + group + '.json'))).then(joinPositions)
          : this.fetchJson('p/' + number + '.json');
        this.files.set(key, json.then((positions) => new PositionsFile(positions)));
      }
      return this.files.get(key);
    }

    document(number) {
      return this.fetchJson('d/' + number + '.json');
    }

    /** Part k (from 1) of a long document's body. */
    documentPart(number, part) {
      return this.fetchJson('r/' + (number >> 2) + '.json').then((json) => ({ body: json[number][part - 1] }));
    }
  }

  /* ---------------------------------------------------------------- Searching */

  /**
   * Answers a query from a StaticIndex: fetches its words' shards (and positions for phrases) in
   * one round, resolves words and typos, and ranks with Lucene's arithmetic (LuceneQueries.java).
   */
  class Searcher {
    constructor(index) {
      this.index = index;
    }

    /** How many files a query needs that have not been fetched yet. */
    async missing(text) {
      const meta = await this.index.manifest();
      const clauses = parseQuery(text, this.index.analyzer, meta.ranking.maxClauses);
      let count = 0;
      for (const number of this.shardsFor(clauses)) {
        if (!this.index.files.has('shard:' + number)) count++;
      }
      for (const clause of clauses.filter((c) => c.kind === 'phrase')) {
        for (const stem of clause.stems) {
          if (!this.index.files.has('positions:' + this.index.positionFileOf(stem))) count++;
        }
      }
      return count;
    }

    /** The shards a query needs: each word's own, and those of the common words its typos may be. */
    shardsFor(clauses) {
      const numbers = new Set();
      for (const clause of clauses) {
        if (clause.kind === 'phrase') {
          clause.stems.forEach((stem) => numbers.add(this.index.shardOf(stem)));
          continue;
        }
        numbers.add(this.index.shardOf(clause.stem));
        const edits = clause.exact ? 0 : maxEdits(this.index.meta.ranking, clause.letters);
        for (const word of edits > 0 ? this.index.meta.common : []) {
          if (editDistance(clause.stem, word, edits) <= edits) numbers.add(this.index.shardOf(word));
        }
      }
      return numbers;
    }

    /** @return {hits: [{doc, score}] best first, highlight: Set of stems to mark, clauses} */
    async search(text) {
      const meta = await this.index.manifest();
      const clauses = parseQuery(text, this.index.analyzer, meta.ranking.maxClauses);
      if (clauses.length === 0) {
        return { hits: [], highlight: new Set(), clauses };
      }
      const phraseStems = clauses.filter((c) => c.kind === 'phrase').flatMap((c) => c.stems);
      const shardNumbers = this.shardsFor(clauses);
      const positionNumbers = new Set(phraseStems.map((s) => this.index.positionFileOf(s)));
      const shards = new Map();
      const positions = new Map();
      await Promise.all([
        ...[...shardNumbers].map((n) => this.index.shard(n).then((s) => shards.set(n, s))),
        ...[...positionNumbers].map((n) => this.index.positions(n).then((p) => positions.set(n, p)))
      ]);
      const resolver = new Resolver(this.index, shards, positions, meta.ranking);
      const scored = clauses.map((clause) => clause.kind === 'word'
        ? resolver.scoreWord(clause) : resolver.scorePhrase(clause));
      return { hits: combine(scored), highlight: resolver.highlight, clauses };
    }
  }

  /** Resolves and scores clauses against fetched shards. */
  class Resolver {
    constructor(index, shards, positions, ranking) {
      this.index = index;
      this.shards = shards;
      this.positions = positions;
      this.ranking = ranking;
      this.highlight = new Set();
    }

    shardFor(stem) {
      return this.shards.get(this.index.shardOf(stem));
    }

    /** The postings of the term a stem stands for, looked up in the stem's own shard. */
    canonical(stem) {
      const shard = this.shardFor(stem);
      const term = shard.aliases.get(stem) || stem;
      return { term, postings: shard.postings(term), shard };
    }

    /**
     * QueryPlan.word: the exact term and up to maxVariants typo variants among the words of the
     * stem's shard and the common words (whose shards the search fetched with the stem's).
     */
    resolveWord(clause) {
      const own = this.canonical(clause.stem);
      const exact = own.postings ? own.term : null;
      const edits = clause.exact ? 0 : maxEdits(this.ranking, clause.letters);
      const variants = [];
      if (edits > 0) {
        const closest = new Map();
        for (const word of [...own.shard.words, ...this.index.meta.common]) {
          const distance = editDistance(clause.stem, word, edits);
          if (distance > edits) continue;
          const term = own.shard.aliases.get(word) || word;
          if (term === own.term) continue;
          const before = closest.get(term);
          if (before === undefined || distance < before) closest.set(term, distance);
        }
        for (const [term, distance] of closest) {
          const postings = own.shard.postings(term) || this.shardFor(term).postings(term);
          variants.push({ term, edits: distance, postings, weight: postings.body.docs.length + postings.title.docs.length });
        }
        variants.sort((a, b) => a.edits - b.edits || b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
        variants.length = Math.min(variants.length, this.ranking.maxVariants);
      }
      const all = [];
      if (exact !== null) all.push({ term: exact, edits: 0, postings: own.postings });
      all.push(...variants);
      return { exact, variants, all };
    }

    /**
     * A word's score per document: the tier constant (if the word has variants and the document
     * the exact term) + the best title term + the best body term. Scores are kept in arrays by
     * document number; 0 stands for "no match" (a BM25 score is never 0).
     */
    scoreWord(clause) {
      const word = this.resolveWord(clause);
      const count = this.index.meta.documents;
      const titleBest = new Float32Array(count);
      const bodyBest = new Float32Array(count);
      const matched = new Uint8Array(count);
      for (const variant of word.all) {
        this.markForHighlight(variant.postings);
        const boost = f32(this.ranking.editBoosts[variant.edits]);
        this.scoreTerm(variant.postings.title, 'title', f32(f32(this.ranking.titleBoost) * boost), titleBest, matched);
        this.scoreTerm(variant.postings.body, 'body', boost, bodyBest, matched);
      }
      const exact = new Uint8Array(count);
      if (word.exact !== null && word.variants.length > 0) {
        const own = word.all[0].postings;
        own.title.docs.forEach((d) => { exact[d] = 1; });
        own.body.docs.forEach((d) => { exact[d] = 1; });
      }
      const tier = f32(this.ranking.exactTier);
      const docs = [];
      const scores = new Float32Array(count);
      for (let doc = 0; doc < count; doc++) {
        if (matched[doc] === 0) continue;
        // Lucene sums a BooleanQuery's clauses in double and rounds once to float.
        scores[doc] = f32((exact[doc] ? tier : 0) + titleBest[doc] + bodyBest[doc]);
        docs.push(doc);
      }
      return { docs, scores };
    }

    /** Lucene's DisjunctionMaxQuery (tie 0) over terms: keeps each document's best score. */
    scoreTerm(field, name, boost, best, matched) {
      if (field.docs.length === 0) return;
      const bm25 = this.index.fields[name];
      const weight = f32(boost * bm25.idf(field.docs.length));
      for (let i = 0; i < field.docs.length; i++) {
        const doc = field.docs[i];
        const score = bm25.score(weight, field.freqs[i], doc);
        if (score > best[doc]) best[doc] = score;
        matched[doc] = 1;
      }
    }

    /** An exact phrase in title and body; its weight uses the sum of its terms' idf, as Lucene's. */
    scorePhrase(clause) {
      const terms = clause.stems.map((stem) => {
        const resolved = this.canonical(stem);
        this.markForHighlight(resolved.postings);
        return { ...resolved, positions: this.positions.get(this.index.positionFileOf(stem)) };
      });
      const title = this.phraseIn('title', terms, clause.positions, f32(this.ranking.titleBoost));
      const body = this.phraseIn('body', terms, clause.positions, 1);
      const docs = [...new Set([...title.keys(), ...body.keys()])].sort((a, b) => a - b);
      const scores = new Float32Array(this.index.meta.documents);
      for (const doc of docs) {
        scores[doc] = f32((title.get(doc) || 0) + (body.get(doc) || 0));
      }
      return { docs, scores };
    }

    phraseIn(name, terms, offsets, boost) {
      const scores = new Map();
      if (terms.some((t) => !t.postings || t.postings[name].docs.length === 0)) return scores;
      const bm25 = this.index.fields[name];
      const weight = f32(boost * sum(terms.map((t) => bm25.idf(t.postings[name].docs.length))));
      const byDoc = terms.map((t) => t.positions.of(t.term, name, t.postings[name]));
      const rarest = byDoc.reduce((a, b) => (a.size <= b.size ? a : b));
      for (const doc of rarest.keys()) {
        if (!byDoc.every((m) => m.has(doc))) continue;
        const lists = byDoc.map((m) => m.get(doc));
        let freq = 0;
        for (const start of lists[0]) {
          const origin = start - offsets[0];
          let all = true;
          for (let t = 1; t < lists.length && all; t++) {
            all = includes(lists[t], origin + offsets[t]);
          }
          if (all) freq++;
        }
        if (freq > 0) scores.set(doc, bm25.score(weight, freq, doc));
      }
      return scores;
    }

    markForHighlight(postings) {
      if (!postings) return;
      this.highlight.add(postings.term);
      for (const form of postings.forms) this.highlight.add(form);
    }
  }

  /** Binary search in ascending positions. */
  function includes(sorted, value) {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] === value) return true;
      if (sorted[middle] < value) low = middle + 1; else high = middle - 1;
    }
    return false;
  }

  /**
   * All clauses must match; the score is their sum (in double, rounded once, as Lucene's
   * conjunction does); ties go to the lower document number.
   */
  function combine(scored) {
    if (scored.length === 0) return [];
    const fewest = scored.reduce((a, b) => (a.docs.length <= b.docs.length ? a : b));
    const hits = [];
    for (const doc of fewest.docs) {
      let total = 0;
      let all = true;
      for (const clause of scored) {
        const score = clause.scores[doc];
        if (score === 0) {
          all = false;
          break;
        }
        total += score;
      }
      if (all) hits.push({ doc, score: f32(total) });
    }
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return hits;
  }

  /* ---------------------------------------------------------------- Snippets */

  /**
   * Where in {@code text} the words of a query are: the ranges of the tokens whose stem is among
   * {@code stems}. Found by the same analyzer as the index, so Cyrillic words and their inflected
   * forms are marked whole, and exactly.
   */
  function matchRanges(text, analyzer, stems) {
    return analyzer.analyzeCached(text)
      .filter((token) => stems.has(token.term))
      .map((token) => ({ start: token.start, end: token.end, term: token.term }));
  }

  /**
   * A passage of about {@code size} characters around the densest group of matches, as segments
   * {text, mark} (marked: the matched words), cut between words, with an ellipsis where text was
   * left out. Without matches, the beginning of the text.
   */
  function snippet(text, ranges, size) {
    size = size || 220;
    let from = 0;
    let anchor = null;
    if (ranges.length > 0) {
      anchor = densest(ranges, Math.round(size * 0.6));
      from = Math.max(0, anchor.start - Math.round(size * 0.25));
    }
    let to = Math.min(text.length, from + size);
    if (from > 0) {
      // Start after a space, but never after the match the passage is built around.
      const space = text.slice(from, anchor.start).search(/\s/);
      if (space >= 0) from += space + 1;
    }
    if (to < text.length) {
      const space = text.slice(from, to).search(/\s\S*$/);
      if (space > 0) to = from + space;
    }
    const segments = marked(text, ranges, from, to);
    if (from > 0) segments.unshift({ text: '… ', mark: false });
    if (to < text.length) segments.push({ text: ' …', mark: false });
    return segments;
  }

  /** The match that starts the window of {@code width} characters holding the most distinct words. */
  function densest(ranges, width) {
    let best = ranges[0];
    let bestCount = 0;
    for (let i = 0; i < ranges.length; i++) {
      const distinct = new Set();
      for (let j = i; j < ranges.length && ranges[j].end - ranges[i].start <= width; j++) {
        distinct.add(ranges[j].term);
      }
      if (distinct.size > bestCount) {
        best = ranges[i];
        bestCount = distinct.size;
      }
    }
    return best;
  }

  /** Text from {@code from} to {@code to} as segments, the ranges marked, whitespace runs as one space. */
  function marked(text, ranges, from, to) {
    const segments = [];
    let at = from;
    for (const range of ranges) {
      if (range.end <= at || range.start >= to) continue;
      const start = Math.max(range.start, at);
      const end = Math.min(range.end, to);
      if (start > at) segments.push({ text: text.slice(at, start), mark: false });
      segments.push({ text: text.slice(start, end), mark: true });
      at = end;
    }
    if (at < to) segments.push({ text: text.slice(at, to), mark: false });
    for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ');
    return segments;
  }

  /* ---------------------------------------------------------------- The page */

  /**
   * The search page: results as the visitor types, the query kept in the address (?q=…). All is
   * built as DOM nodes with text content: nothing from the index or the query is parsed as HTML.
   */
  class SearchPage {
    constructor(document, window, results) {
      this.document = document;
      this.window = window;
      this.results = results;
      this.form = document.getElementById('search-form');
      this.input = document.getElementById('search-q');
      this.other = document.getElementById('search-other');
      this.language = results.dataset.lang;
      this.otherLanguage = results.dataset.otherLang;
      const base = results.dataset.index;
      const load = (url) => window.fetch(url).then((response) => {
        if (!response.ok) throw new Error(response.status + ' ' + url);
        return response.json();
      });
      this.indexes = {};
      this.indexes[this.language] = new StaticIndex(base + this.language + '/', load);
      this.indexes[this.otherLanguage] = new StaticIndex(base + this.otherLanguage + '/', load);
      this.sequence = 0;
      this.shown = 0;
    }

    /** Wires the page up; resolves when the results for a query in the address are shown. */
    start() {
      const note = this.document.getElementById('search-nojs');
      if (note) note.hidden = true;
      const option = this.document.getElementById('search-other-option');
      if (option) option.hidden = false;
      const params = new URLSearchParams(this.window.location.search);
      this.input.value = params.get('q') || '';
      if (this.other) this.other.checked = params.get('other') === '1';
      this.indexes[this.language].manifest().catch(() => {});
      this.input.addEventListener('input', () => this.update(true));
      if (this.other) this.other.addEventListener('change', () => this.update(false));
      this.form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.update(false);
      });
      return this.input.value.trim() !== '' ? this.update(false) : Promise.resolve();
    }

    /**
     * Runs the current query (an older query's answer is dropped). Shards not fetched yet are only
     * fetched once typing pauses (TYPING_PAUSE ms), so half-typed words cost no downloads.
     */
    async update(typing) {
      const query = this.input.value;
      const withOther = this.other ? this.other.checked : false;
      const sequence = ++this.sequence;
      this.remember(query, withOther);
      if (query.trim() === '') {
        this.results.replaceChildren();
        return;
      }
      const languages = withOther ? [this.language, this.otherLanguage] : [this.language];
      try {
        if (typing) {
          const missing = await Promise.all(languages.map((l) => new Searcher(this.indexes[l]).missing(query)));
          if (missing.some((m) => m > 0)) {
            await new Promise((resolve) => this.window.setTimeout(resolve, SearchPage.TYPING_PAUSE));
            if (sequence !== this.sequence) return;
          }
        }
        const sections = await Promise.all(languages.map((l) => this.section(l, query)));
        if (sequence !== this.sequence) return;
        this.results.replaceChildren(...sections);
      } catch (error) {
        if (sequence !== this.sequence) return;
        this.results.replaceChildren(this.paragraph(this.text('error'), 'search-status'));
      }
    }

    remember(query, withOther) {
      const params = new URLSearchParams(this.window.location.search);
      if (query.trim() === '') params.delete('q'); else params.set('q', query);
      if (withOther) params.set('other', '1'); else params.delete('other');
      const search = params.toString();
      const url = this.window.location.pathname + (search ? '?' + search : '');
      this.window.history.replaceState(null, '', url);
    }

    /** One language's results: a status line, then the first page of hits, then a "more" button. */
    async section(language, query) {
      const index = this.indexes[language];
      const answer = await new Searcher(index).search(query);
      const element = this.document.createElement('section');
      element.className = 'search-section';
      element.lang = language;
      if (language !== this.language) {
        const heading = this.document.createElement('h2');
        heading.textContent = this.text('other-heading');
        element.append(heading);
      }
      const status = answer.hits.length === 0
        ? this.text('none')
        : this.text('count').replace('{0}', String(answer.hits.length));
      element.append(this.paragraph(status, 'search-status'));
      if (answer.hits.length > 0) {
        const list = this.document.createElement('ol');
        list.className = 'search-hits';
        element.append(list);
        await this.appendHits(list, element, index, answer, 0);
      }
      return element;
    }

    async appendHits(list, element, index, answer, from) {
      const page = answer.hits.slice(from, from + SearchPage.PAGE);
      const documents = await Promise.all(page.map((hit) => index.document(hit.doc)));
      documents.forEach((doc, i) => list.append(this.hit(doc, index, answer.highlight, page[i].doc)));
      const shown = from + page.length;
      if (shown < answer.hits.length) {
        const more = this.document.createElement('button');
        more.type = 'button';
        more.className = 'search-more';
        more.textContent = this.text('more');
        more.addEventListener('click', async () => {
          more.remove();
          await this.appendHits(list, element, index, answer, shown);
        });
        element.append(more);
      }
    }

    /** One result: linked title, type and date, and a snippet with the matched words marked. */
    hit(doc, index, highlight, number) {
      const analyzer = index.analyzer;
      const item = this.document.createElement('li');
      item.className = 'search-hit';
      const heading = this.document.createElement('h3');
      heading.className = 'search-hit-title';
      const link = this.document.createElement('a');
      link.href = doc.url;
      this.appendSegments(link, marked(doc.title, matchRanges(doc.title, analyzer, highlight), 0, doc.title.length));
      heading.append(link);
      const meta = this.document.createElement('p');
      meta.className = 'search-hit-meta';
      const type = this.document.createElement('span');
      type.className = 'doc-type';
      type.textContent = this.typeName(doc.type);
      meta.append(type, ' · ', this.date(doc.date));
      const text = this.document.createElement('p');
      text.className = 'search-hit-snippet';
      const ranges = matchRanges(doc.body, analyzer, highlight);
      this.appendSegments(text, snippet(doc.body, ranges));
      item.append(heading, meta, text);
      if (ranges.length === 0 && doc.parts > 1) {
        this.laterPart(text, index, highlight, number, doc.parts).catch(() => {});
      }
      return item;
    }

    /** A long document whose first part lacks the words: look for them in its later parts, one at a time. */
    async laterPart(text, index, highlight, number, parts) {
      for (let part = 1; part < parts; part++) {
        const body = (await index.documentPart(number, part)).body;
        const ranges = matchRanges(body, index.analyzer, highlight);
        if (ranges.length > 0) {
          const segments = snippet(body, ranges);
          if (segments[0].text !== '… ') segments.unshift({ text: '… ', mark: false });
          text.replaceChildren();
          this.appendSegments(text, segments);
          return;
        }
      }
    }

    appendSegments(parent, segments) {
      for (const segment of segments) {
        if (segment.mark) {
          const mark = this.document.createElement('mark');
          mark.textContent = segment.text;
          parent.append(mark);
        } else {
          parent.append(segment.text);
        }
      }
    }

    typeName(type) {
      const key = 'type' + type.charAt(0).toUpperCase() + type.slice(1).replace(/-(.)/g, (m, c) => c.toUpperCase());
      return this.results.dataset[key] || type;
    }

    /** A date as precise as it is known: 15 December 2025, December 2025, 2025, or "date not stated". */
    date(iso) {
      if (!/^\d{4}/.test(iso)) {
        return this.text('unknown-date');
      }
      const [year, month, day] = iso.split('-').map(Number);
      const time = this.document.createElement('time');
      time.dateTime = iso;
      const options = { year: 'numeric', timeZone: 'UTC' };
      if (month) options.month = 'long';
      if (day) options.day = 'numeric';
      const when = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
      time.textContent = day || month ? new Intl.DateTimeFormat(this.language, options).format(when) : String(year);
      return time;
    }

    paragraph(text, className) {
      const p = this.document.createElement('p');
      p.className = className;
      p.textContent = text;
      return p;
    }

    /** Interface words come from the page (data-msg-*), written by the template from the site's messages. */
    text(key) {
      const name = 'msg' + key.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
      return this.results.dataset[name] || key;
    }
  }

  SearchPage.PAGE = 10;
  SearchPage.TYPING_PAUSE = 80;

  /* ---------------------------------------------------------------- Start */

  const api = {
    byte4ToInt, Bm25Field, Tokenizer, lowerCase, RussianStemmer, PorterStemmer, Analyzer, parseQuery,
    editDistance, StaticIndex, Searcher, matchRanges, snippet, marked, SearchPage, f32, FORMAT
  };

  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else if (typeof document !== 'undefined') {
    const results = document.getElementById('search-results');
    if (results && results.dataset.index) {
      new SearchPage(document, root, results).start();
    }
  }
})(typeof window !== 'undefined' ? window : globalThis);
