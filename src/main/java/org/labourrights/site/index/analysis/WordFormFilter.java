package org.labourrights.site.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each stem that {@link WordForms} knows as another form of a word by that word's canonical stem. */
public final class WordFormFilter extends TokenFilter {

    private final WordForms forms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    WordFormFilter(TokenStream input, WordForms forms) {
        super(input);
        this.forms = forms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!forms.isEmpty()) {
            String canonical = forms.aliases().get(term.toString());
            if (canonical != null) {
                term.setEmpty().append(canonical);
            }
        }
        return true;
    }
}
