package org.labourrights.site.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.labourrights.site.files.UnchangedFile;

/**
 * The cards of one site folder. Each card is a file named by the hash of what it shows, so a
 * card already there is right as it is: it is taken from the folder being written, or else from
 * the previously published site (linked, not drawn), and drawn only when neither has it. Safe to
 * call from the threads that draw the pages; a card several pages share is made once.
 */
public final class CardFiles {

    private final Path folder;
    private final Path previous;
    private final Set<String> made = ConcurrentHashMap.newKeySet();
    private final AtomicInteger drawn = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    /**
     * @param site     the site folder being written
     * @param previous the site published before, whose cards may be reused; null when there is none
     */
    public CardFiles(Path site, Path previous) {
        this.folder = site.resolve(ShareCard.FOLDER.substring(1));
        this.previous = previous == null ? null : previous.resolve(ShareCard.FOLDER.substring(1));
    }

    /** Makes sure the card's file exists in the site. */
    public void publish(ShareCard card) {
        String name = card.fileName();
        if (!made.add(name)) {
            return;
        }
        Path file = folder.resolve(name);
        try {
            if (Files.exists(file)) {
                return;
            }
            Files.createDirectories(folder);
            Path old = previous == null ? null : previous.resolve(name);
            if (old != null && Files.isRegularFile(old)) {
                link(old, file);
                reused.incrementAndGet();
                return;
            }
            Files.write(file, CardImage.png(card));
            drawn.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cards drawn by this object, and cards taken from the previous site. */
    public int drawn() {
        return drawn.get();
    }

    public int reused() {
        return reused.get();
    }

    private static void link(Path old, Path file) throws IOException {
        try {
            UnchangedFile.link(file, old);
        } catch (FileAlreadyExistsException e) {
            // Another page's thread got there first with the same card.
        }
    }
}
