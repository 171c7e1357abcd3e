package org.labourrights.site.render;

import java.util.List;
import org.labourrights.site.model.Urls;

/** One page of a long list: its items, its number and the addresses of its neighbours. */
public record Pagination<T>(List<T> items, int number, int count, int total, String first) {

    public static final int SIZE = 50;

    public String url() {
        return Urls.paged(first, number);
    }

    public String previous() {
        return number > 1 ? Urls.paged(first, number - 1) : null;
    }

    public String next() {
        return number < count ? Urls.paged(first, number + 1) : null;
    }

    /** Always at least one page, so that an empty list still has its (empty) page. */
    public static <T> List<Pagination<T>> of(List<T> all, String first) {
        int count = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> new Pagination<>(all.subList((n - 1) * SIZE, Math.min(all.size(), n * SIZE)), n, count,
                        all.size(), first))
                .toList();
    }
}
