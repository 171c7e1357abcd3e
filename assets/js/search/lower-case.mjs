// Lower case as Lucene's LowerCaseFilter writes it: Java's, one code point at a time.

const lowerCache = new Map();

/** Java's Character.toLowerCase, code point by code point (no context, no expansions). */
export function lowerCase(text) {
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
