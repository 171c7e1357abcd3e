package org.labourrights.site.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.labourrights.site.model.Document;

/**
 * What the last plan drew each group of pages from, so that the preview, which plans the site
 * again after every edit, gets back the very same page objects for every group whose inputs are
 * unchanged, and draws only the pages that differ.
 *
 * <p>A plan runs in one of two ways. By default every group's inputs are gathered and compared
 * with {@code equals}; the model's records answer that at once for the same object, so an unchanged
 * list of ten thousand documents is a walk over pointers. After {@link #edited}, the plan goes
 * further and does not even gather the inputs of a group that shows none of the edited documents:
 * the memory knows, for each document, the groups whose inputs hold it.
 *
 * <p>A group's recipe must read nothing but its inputs (and what lives as long as the memory: the
 * messages, the templates), or it would be handed stale pages.
 */
public final class PlanMemory {

    /** A group's inputs, and how to plan its pages from them. */
    record Recipe(List<Object> inputs, Supplier<List<Page>> pages) { }

    private record Group(List<Object> inputs, List<Page> pages) { }

    private Map<String, Group> last = new HashMap<>();
    private Map<String, Group> next = new HashMap<>();
    /**
     * For each document (by its file, which an edit keeps), the groups whose inputs hold it: kept
     * up to date as groups are planned and forgotten.
     */
    private final Map<String, Set<String>> showing = new HashMap<>();
    private Map<Page, PagePlan.SitemapEntry> lastEntries = new IdentityHashMap<>();
    private Map<Page, PagePlan.SitemapEntry> nextEntries = new IdentityHashMap<>();
    /** After an edit in place, each page planned again preceded by the page it replaces. */
    private final List<Page> replacedPages = new ArrayList<>();
    private List<Page> lastSummary;
    /** The pages of the groups planned again after an edit in place, whose sitemap entries are kept. */
    private final Set<Page> grouped = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The groups the next plan must gather again; null when it must gather all of them. */
    private Set<String> affected;

    /**
     * Tells the next plan which documents were replaced, each by a document that belongs to the
     * very same groups (same lists, same cases, same address): only the groups showing them are
     * gathered again. An edit that moves a document between groups must not come this way.
     */
    public void edited(Collection<Document> replaced) {
        affected = new HashSet<>();
        for (Document document : replaced) {
            affected.addAll(showing.getOrDefault(document.sourcePath(), Set.of()));
        }
    }

    /** The pages of one group: last plan's when its inputs are unchanged, otherwise planned now. */
    List<Page> pages(String group, Supplier<Recipe> recipe) {
        Group before = last.get(group);
        Group now = before;
        if (before == null || affected == null || affected.contains(group)) {
            Recipe gathered = recipe.get();
            if (before == null || !before.inputs().equals(gathered.inputs())) {
                now = new Group(gathered.inputs(), gathered.pages().get());
                index(group, before, now);
            }
        }
        if (affected == null) {
            next.put(group, now);
        } else if (now != before) {
            // After an edit in place the plan has the same groups: last plan's memory is updated, not copied.
            last.put(group, now);
            before.pages().forEach(lastEntries::remove);
            grouped.addAll(now.pages());
            if (before.pages().size() != now.pages().size()) {
                throw new IllegalStateException("an edit in place changed the pages of " + group);
            }
            for (int i = 0; i < now.pages().size(); i++) {
                replacedPages.add(before.pages().get(i));
                replacedPages.add(now.pages().get(i));
            }
        }
        return now.pages();
    }

    /**
     * Pages that sum up every other (the sitemap): last plan's, after an edit in place that
     * replaced no page by one that differs in what the summary shows of it; otherwise made now.
     */
    List<Page> summary(Function<Page, Object> shown, Supplier<List<Page>> make) {
        boolean same = affected != null && lastSummary != null;
        for (int i = 0; same && i < replacedPages.size(); i += 2) {
            same = Objects.equals(shown.apply(replacedPages.get(i)), shown.apply(replacedPages.get(i + 1)));
        }
        lastSummary = same ? lastSummary : make.get();
        return lastSummary;
    }

    /** The sitemap's entry for a page, made again only for a page that is not the very same as last plan's. */
    PagePlan.SitemapEntry sitemapEntry(Page page, Function<Page, PagePlan.SitemapEntry> make) {
        PagePlan.SitemapEntry entry = lastEntries.get(page);
        if (entry == null) {
            entry = make.apply(page);
            if (affected != null && grouped.contains(page)) {
                lastEntries.put(page, entry);
            }
        }
        if (affected == null) {
            nextEntries.put(page, entry);
        }
        return entry;
    }

    /** Ends a plan: the groups it did not plan are forgotten. */
    void done() {
        if (affected == null) {
            lastEntries = nextEntries;
            nextEntries = new IdentityHashMap<>(lastEntries.size() * 4 / 3 + 16);
            for (Map.Entry<String, Group> group : last.entrySet()) {
                if (!next.containsKey(group.getKey())) {
                    index(group.getKey(), group.getValue(), null);
                }
            }
            last = next;
            next = new HashMap<>(last.size() * 4 / 3 + 16);
        }
        affected = null;
        grouped.clear();
        replacedPages.clear();
    }

    private void index(String group, Group before, Group now) {
        if (before != null) {
            for (String document : documentsIn(before.inputs())) {
                Set<String> groups = showing.get(document);
                groups.remove(group);
                if (groups.isEmpty()) {
                    showing.remove(document);
                }
            }
        }
        if (now != null) {
            for (String document : documentsIn(now.inputs())) {
                showing.computeIfAbsent(document, d -> new HashSet<>(4)).add(group);
            }
        }
    }

    /** The files of every document among the inputs, in lists, pages of lists and maps too. */
    private static Set<String> documentsIn(Object inputs) {
        Set<String> found = new HashSet<>();
        collect(inputs, found);
        return found;
    }

    private static void collect(Object input, Set<String> found) {
        if (input instanceof Document document) {
            found.add(document.sourcePath());
        } else if (input instanceof Collection<?> items) {
            items.forEach(item -> collect(item, found));
        } else if (input instanceof Map<?, ?> map) {
            map.values().forEach(value -> collect(value, found));
        } else if (input instanceof Pagination<?> pagination) {
            collect(pagination.items(), found);
        }
    }
}
