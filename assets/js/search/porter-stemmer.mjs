// The English stemmer of Lucene's EnglishAnalyzer (Porter), checked word by word against Lucene by
// StemmingParityTest.

/** Lucene's org.apache.lucene.analysis.en.PorterStemmer, the original Porter algorithm (not Porter2). */
export class PorterStemmer {
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
