package org.labourrights.site.admin;

/**
 * The frame of an editors' page under /admin/ (what to translate, cases to check): plain HTML in
 * English with the admin stylesheet, no script, kept out of search engines. Texts from content are
 * escaped with {@link org.labourrights.site.render.MarkupText}.
 */
final class EditorsPage {

    private EditorsPage() {
    }

    /** The page up to and including its heading; {@code title} is the page's own text, not content. */
    static String start(String title) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex, nofollow">
                <link rel="icon" href="data:,">
                <title>%s</title>
                <link rel="stylesheet" href="/admin/admin.css">
                </head>
                <body>
                <main>
                <h1>%s</h1>
                """.formatted(title, title);
    }

    static String end() {
        return "</main>\n</body>\n</html>\n";
    }
}
