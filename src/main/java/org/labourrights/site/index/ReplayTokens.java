package org.labourrights.site.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The tokens of a text analyzed before ({@link CorpusTokens}), each word replaced by its index term. */
final class ReplayTokens extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final String[] terms;
    private final CorpusTokens.Text text;
    private int next;
    private int previousPosition;

    /** @param terms the index term of each word number */
    ReplayTokens(String[] terms, CorpusTokens.Text text) {
        this.terms = terms;
        this.text = text;
    }

    @Override
    public boolean incrementToken() {
        if (next == text.words().length) {
            return false;
        }
        clearAttributes();
        int position = text.positions()[next];
        term.setEmpty().append(terms[text.words()[next]]);
        increment.setPositionIncrement(position - previousPosition);
        previousPosition = position;
        next++;
        return true;
    }

    @Override
    public void reset() {
        next = 0;
        previousPosition = -1;
    }
}
