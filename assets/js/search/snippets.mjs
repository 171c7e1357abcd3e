// What a result shows of a text: the query's words marked, and a passage around them.

/**
 * Where in {@code text} the words of a query are: the ranges of the tokens whose stem is among
 * {@code stems}. Found by the same analyzer as the index, so Cyrillic words and their inflected
 * forms are marked whole, and exactly.
 */
export function matchRanges(text, analyzer, stems) {
  return analyzer.analyzeCached(text)
    .filter((token) => stems.has(token.term))
    .map((token) => ({ start: token.start, end: token.end, term: token.term }));
}

/**
 * A passage of about {@code size} characters around the densest group of matches, as segments
 * {text, mark} (marked: the matched words), cut between words, with an ellipsis where text was
 * left out. Without matches, the beginning of the text.
 */
export function snippet(text, ranges, size) {
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
export function marked(text, ranges, from, to) {
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
