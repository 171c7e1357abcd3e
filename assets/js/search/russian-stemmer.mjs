// The Russian stemmer of Lucene's RussianAnalyzer (Snowball), checked word by word against Lucene
// by StemmingParityTest.

/**
 * Lucene's org.tartarus.snowball.ext.RussianStemmer (Snowball 2.x): ё is folded to е, then
 * endings are removed from the end of the word, never reaching before the first vowel.
 */
export class RussianStemmer {
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
