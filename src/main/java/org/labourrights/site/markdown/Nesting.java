package org.labourrights.site.markdown;

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
     * quote markers opening one line ("- - - - …", "&gt;&gt;&gt;&gt;…") and very long runs of one emphasis
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

    /** After parsing: the deepest node, found with a stack of our own. */
    static void checkTree(Document document, int maxDepth) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > maxDepth) {
                throw new MarkdownRenderer.TooDeep(node.getLineNumber(), "the text here is nested " + depth
                        + " levels deep (lists in lists, quotes in quotes); at most " + maxDepth + " are allowed:"
                        + " indent it less");
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
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
