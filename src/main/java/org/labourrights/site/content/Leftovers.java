package org.labourrights.site.content;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The files editors' tools leave beside the real ones: backups, swap and lock files, merge
 * leftovers, and the folder settings of desktop systems. Each is named for what it is, so the
 * editor knows it is safe (and needed) to remove it.
 */
final class Leftovers {

    /** git mergetool's copies: x.en.md.BASE.1234.md, x_BACKUP_1234.md and the like. */
    private static final Pattern MERGE_COPY = Pattern.compile(".*[._](BASE|LOCAL|REMOTE|BACKUP)[._]\\d+.*");

    private Leftovers() {
    }

    /** What kind of leftover a file name is, said for an editor, or null for an ordinary name. */
    static String describe(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.endsWith("~")) {
            return "a backup copy an editor left (its name ends in '~')";
        }
        if (name.startsWith("~$")) {
            return "a lock file a word processor leaves while a document is open (its name starts with '~$')";
        }
        if (name.startsWith("#") && name.endsWith("#") && name.length() > 1) {
            return "an automatic save of an editor (Emacs; its name is between '#' signs)";
        }
        if (name.startsWith(".#")) {
            return "a lock file of an editor (Emacs; its name starts with '.#')";
        }
        if (lower.endsWith(".swp") || lower.endsWith(".swo") || lower.endsWith(".swx") || lower.endsWith(".swn")) {
            return "a swap file an editor (vim) keeps while a file is open";
        }
        if (lower.endsWith(".orig") || lower.endsWith(".rej") || MERGE_COPY.matcher(name).matches()) {
            return "a leftover of a merge or a patch (" + name.substring(name.lastIndexOf('.')) + ")";
        }
        if (lower.endsWith(".bak") || lower.endsWith(".old") || lower.endsWith(".tmp") || lower.endsWith(".temp")) {
            return "a backup or temporary copy (" + name.substring(name.lastIndexOf('.')) + ")";
        }
        if (name.equals(".DS_Store") || name.startsWith("._")) {
            return "folder settings that macOS's Finder leaves (" + (name.startsWith("._") ? "._" : name) + ")";
        }
        if (lower.equals("thumbs.db") || lower.equals("desktop.ini")) {
            return "folder settings that Windows leaves (" + name + ")";
        }
        if (name.startsWith(".")) {
            return "a hidden file (its name starts with '.')";
        }
        return null;
    }
}
