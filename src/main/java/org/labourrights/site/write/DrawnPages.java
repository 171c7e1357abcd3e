package org.labourrights.site.write;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.labourrights.site.files.FolderTree;

/**
 * What each page of a published site was drawn from, kept beside it ({@code target/.site.pages})
 * for the next build: the digest of what the page shows ({@link org.labourrights.site.render.PageDigest}),
 * by its address, and the digest of what every page is drawn with ({@code drawnWith}: the
 * generator, the templates and their messages, the assets, the data every page shares). A page
 * of the next build with the same two digests is the file the site holds.
 *
 * <p>Written with the stamp and under its rule, and trusted only where the stamp shows that the
 * build that wrote it published the site as it now is ({@link SiteStamp#madeBoth}).
 */
public record DrawnPages(String drawnWith, Map<String, String> digests) {

    /** The kind of file it is beside the site: {@code target/.site.pages}. */
    private static final String BESIDE = "pages";

    private static final String FORMAT = "labourrights pages 1";

    /** No page known: every page is drawn. */
    public static final DrawnPages NONE = new DrawnPages("", Map.of());

    public DrawnPages {
        digests = Map.copyOf(digests);
    }

    /** Whether the page at {@code url}, showing what {@code digest} says, drawn with {@code drawnWith}, is the one kept. */
    public boolean holds(String drawnWith, String url, String digest) {
        return !this.drawnWith.isEmpty() && this.drawnWith.equals(drawnWith) && digest.equals(digests.get(url));
    }

    /** The pages kept beside {@code site}; {@link #NONE} when there are none or they cannot be read. */
    public static DrawnPages read(Path site) {
        Path file = fileOf(site);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF())) {
                return NONE;
            }
            String drawnWith = in.readUTF();
            int count = in.readInt();
            Map<String, String> digests = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
            for (int i = 0; i < count; i++) {
                digests.put(in.readUTF(), in.readUTF());
            }
            return new DrawnPages(drawnWith, digests);
        } catch (IOException | RuntimeException unreadable) {
            // Cut short or damaged: no page is known, and each is drawn.
            return NONE;
        }
    }

    /** Writes these pages beside {@code site}, in one step: a reader sees all of them or none. */
    public void write(Path site) {
        FolderTree.writeBeside(site, BESIDE, file -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(drawnWith);
                out.writeInt(digests.size());
                for (Map.Entry<String, String> page : new TreeMap<>(digests).entrySet()) {
                    out.writeUTF(page.getKey());
                    out.writeUTF(page.getValue());
                }
            }
        });
    }

    /** Deletes the pages kept beside {@code site}. */
    public static void forget(Path site) {
        FolderTree.deleteBeside(site, BESIDE);
    }

    private static Path fileOf(Path site) {
        return FolderTree.beside(site, BESIDE);
    }
}
