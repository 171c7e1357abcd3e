// Lucene's numbers: the one-byte norms and BM25 in 32-bit floats, every step rounded as Lucene
// rounds it, so that the browser's scores are Lucene's to the last bit (SearchParityTest).

export const f32 = Math.fround;

/** SmallFloat.byte4ToInt: the field length a norm byte stands for. */
export function byte4ToInt(b) {
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
export class Bm25Field {
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
export function sum(values) {
  let total = 0;
  for (const value of values) {
    total += value;
  }
  return f32(total);
}
