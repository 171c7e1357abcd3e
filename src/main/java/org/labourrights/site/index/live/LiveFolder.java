package org.labourrights.site.index.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.labourrights.site.index.export.FileSink;
import org.labourrights.site.index.export.JsonOut;

/**
 * The folder a language's live index is served from, and the size of each file of the index in
 * it: the preview reports the index's files and bytes without walking the folder, and a preview
 * opened over an earlier one's folder deletes only what the new index did not write.
 */
final class LiveFolder {

    /** What an update wrote and deleted. */
    record Changes(int written, int deleted) { }

    private final Path folder;
    // Written by several tasks at once when the whole index is written.
    private final Map<String, Long> files = new ConcurrentHashMap<>();

    LiveFolder(Path folder) {
        this.folder = folder;
    }

    /** Writes a file of the index into {@code target}; one in this folder is counted as the index's. */
    void write(Path target, String relative, JsonOut content) {
        FileSink.write(target.resolve(relative), content);
        if (target.equals(folder)) {
            files.put(relative, (long) content.size());
        }
    }

    /** The files one update writes and deletes, counted for the preview's report. */
    Rewrite rewrite() {
        return new Rewrite();
    }

    /** One update's writes and deletions in the folder. */
    final class Rewrite {

        private int written;
        private int deleted;

        private Rewrite() {
        }

        void write(String relative, JsonOut content) {
            LiveFolder.this.write(folder, relative, content);
            written++;
        }

        void delete(String relative) {
            try {
                if (Files.deleteIfExists(folder.resolve(relative))) {
                    deleted++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.remove(relative);
        }

        Changes changes() {
            return new Changes(written, deleted);
        }
    }

    /** Deletes the files in the folder that are not the index's (left by an earlier preview). */
    void deleteOthers() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                if (!files.containsKey(folder.relativize(file).toString().replace('\\', '/'))) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int fileCount() {
        return files.size();
    }

    long byteCount() {
        return files.values().stream().mapToLong(Long::longValue).sum();
    }
}
