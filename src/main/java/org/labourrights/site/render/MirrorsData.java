package org.labourrights.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.model.Urls;

/**
 * {@code /mirrors.json}: the other ways to the site as data, for a bot, a messenger channel or
 * another mirror that passes them on: the main address, the mirrors, the onion address, and the
 * day's download. Written before the mirror copy is made, so every copy carries the list too.
 */
public final class MirrorsData {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MirrorsData() {
    }

    public static String json(SiteSettings settings, LocalDate today) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("site", settings.baseUrl() + "/");
        data.put("mirrors", settings.mirrors().stream().map(address -> address + "/").toList());
        if (settings.onion() != null) {
            data.put("onion", settings.onion() + "/");
        }
        data.put("download", settings.absolute(Urls.download(today)));
        data.put("updated", today.toString());
        try {
            return JSON.writeValueAsString(data) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and lists always serialise", e);
        }
    }
}
