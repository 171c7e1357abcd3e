package org.labourrights.site.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Tells which files under content/, templates/ and assets/ were saved, added or deleted, as soon
 * as the system reports it (no polling of thousands of files). One save often comes as several
 * events (a temporary file, then a rename), so events arriving close together are given as one batch.
 */
final class ContentWatcher implements AutoCloseable {

    /** How long to wait for the rest of one save's events. */
    private static final long SETTLE_MILLIS = 25;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    ContentWatcher(Path project) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (String folder : new String[] {"content", "templates", "assets"}) {
            Path root = project.resolve(folder);
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    /** Waits for the next batch of changed files; an empty set if the watcher was closed. */
    Set<Path> next() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            WatchKey key = service.take();
            do {
                collect(key, changed);
                key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            } while (key != null);
        } catch (ClosedWatchServiceException closed) {
            return Set.of();
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            // A link is never followed: a link to a folder is reported as a file, which the build refuses.
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path);
                    // Files moved in with their folder raise no events of their own.
                    try (var inside = Files.walk(path)) {
                        inside.filter(Files::isRegularFile).forEach(changed::add);
                    }
                } catch (IOException e) {
                    System.err.println("Cannot watch " + path + ": " + e.getMessage());
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
