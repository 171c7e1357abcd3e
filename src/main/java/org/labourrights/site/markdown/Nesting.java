package org.labourrights.site.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deep a body nests, measured without recursion, so that a body too deep for flexmark's
 * recursive parser and renderers is refused at its line instead of overflowing the stack.
 */
final class Nesting {

    private Nesting() {
    }

    /**
     * Before parsing, line by line: the shapes that overflow the parser itself, many list or
     * quote markers opening one line ({@code - - - - …}, {@code >>>>…}) and very long runs of one emphasis
     * character.
     */
    static void checkLines(String markdown, int maxDepth, int maxRun) {
        int line = 0;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            int markers = leadingMarkers(markdown, start, end);
            if (markers > maxDepth) {
                throw new MarkdownRenderer.TooDeep(line, "this line opens " + markers + " lists or quotes inside each"
                        + " other; at most " + maxDepth + " may be nested: remove the extra '-', '*', '+', '1.' or '>'"
                        + " at its start");
            }
            int run = longestRun(markdown, start, end);
            if (run > maxRun) {
                throw new MarkdownRenderer.TooDeep(line, "this line has a run of " + run + " '*', '_' or '~'"
                        + " characters, which the page cannot draw; at most " + maxRun + " may stand together: shorten it");
            }
            line++;
            start = end + 1;
        }
    }

    /**
     * After parsing: how many lists and quotes a block stands inside (what the editor sees as
     * indentation), and, for any other shape, how deep the tree goes; both found with a stack of
     * our own.
     */
    static void checkTree(Document document, int maxNesting, int maxDepth) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<int[]> levels = new ArrayDeque<>();
        nodes.push(document);
        levels.push(new int[] {0, 0});
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int[] level = levels.pop();
            int nesting = level[0] + (node instanceof ListBlock || node instanceof BlockQuote ? 1 : 0);
            if (nesting > maxNesting) {
                throw new MarkdownRenderer.TooDeep(node.getLineNumber(), "here " + nesting + " lists or quotes stand inside"
                        + " each other; at most " + maxNesting + " may be nested: indent it less");
            }
            if (level[1] > maxDepth) {
                throw new MarkdownRenderer.TooDeep(node.getLineNumber(), "the text here is nested " + level[1]
                        + " levels deep, more than the page can draw; simplify it");
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                levels.push(new int[] {nesting, level[1] + 1});
            }
        }
    }

    private static int leadingMarkers(String text, int start, int end) {
        int markers = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && isBlank(text.charAt(i + 1))) {
                markers++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int digits = i;
                while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
                    digits++;
                }
                if (digits + 1 < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                        && isBlank(text.charAt(digits + 1))) {
                    markers++;
                    i = digits + 2;
                } else {
                    return markers;
                }
            } else {
                return markers;
            }
        }
        return markers;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static int longestRun(String text, int start, int end) {
        int longest = 0;
        int run = 0;
        char previous = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '*' || c == '_' || c == '~') && c == previous) {
                run++;
            } else {
                run = c == '*' || c == '_' || c == '~' ? 1 : 0;
            }
            previous = c;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
