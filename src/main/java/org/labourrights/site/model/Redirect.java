package org.labourrights.site.model;

/**
 * An old address that leads to a page of the site for good (HTTP 301): what an {@code aliases:}
 * entry of a document or case becomes once it is published. {@code sourcePath} and {@code line}
 * say where the alias was written, for messages about it.
 */
public record Redirect(String from, String to, String sourcePath, int line) { }
