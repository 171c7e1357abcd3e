package org.labourrights.site.render;

/**
 * A template that failed on the data it was given: a fault of the templates or of the code that
 * fed them, never of an editor's content, which is checked before anything is drawn. It carries
 * Freemarker's own account (template, line, expression), so that no caller needs Freemarker's types.
 */
public final class TemplateFailure extends RuntimeException {

    TemplateFailure(String template, Exception cause) {
        super("template " + template + ": " + cause.getMessage(), cause);
    }
}
