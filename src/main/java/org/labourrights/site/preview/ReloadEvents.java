package org.labourrights.site.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The preview's open pages, each listening on a server-sent event stream: after an edit every page
 * is told which addresses changed (and reloads if it is one of them), or which problems stop the
 * site from being updated (and shows them over the page).
 */
final class ReloadEvents {

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** The problems as last published: a page opened later must show them too. */
    private volatile String problems = "[]";

    /** Keeps the exchange open as a new listener, and tells it the current state at once. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        // Only the problems: the addresses changed by the last edit are old news to a page loaded since.
        if (send(out, "{\"changed\":[],\"problems\":" + problems + "}")) {
            listeners.add(out);
        }
    }

    /** Tells every open page what changed (addresses) or what stops the update (problems), as JSON arrays. */
    void publish(String changedJson, String problemsJson) {
        problems = problemsJson;
        String json = "{\"changed\":" + changedJson + ",\"problems\":" + problemsJson + "}";
        List<OutputStream> gone = new ArrayList<>();
        for (OutputStream out : listeners) {
            if (!send(out, json)) {
                gone.add(out);
            }
        }
        listeners.removeAll(gone);
    }

    int listeners() {
        return listeners.size();
    }

    private static boolean send(OutputStream out, String json) {
        try {
            synchronized (out) {
                out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            return true;
        } catch (IOException closed) {
            try {
                out.close();
            } catch (IOException ignored) {
                // The page is gone either way.
            }
            return false;
        }
    }
}
