package org.labourrights.site.jbake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbake.model.DocumentModel;
import org.labourrights.site.content.CaseReader;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentText;
import org.labourrights.site.content.HiddenName;
import org.labourrights.site.model.Case;

/**
 * A case as JBake's content store keeps it: the checked, public part of its file as JSON. The
 * private block is dropped before anything is stored, so no later stage can reach it.
 */
final class StoredCase {

    static final String TYPE = "case";
    static final String FOLDER = "cases";

    private StoredCase() {
    }

    static DocumentModel read(BakeContext context, String shown, Path path) {
        try {
            CaseReader.Stored stored = new CaseReader(context.languages()).check(shown, ContentText.read(path, shown));
            Case checked = CaseReader.fromStore(shown, stored);
            DocumentModel model = new DocumentModel();
            model.setType(TYPE);
            model.setStatus(checked.isPublicAt(context.now()) ? "published" : "draft");
            model.setTitle(checked.id());
            model.put("source_path", shown);
            model.put("case_json", stored.json());
            // Pointers contain '/', which the store would read as paths in a map key.
            List<String> lines = new ArrayList<>();
            stored.lines().forEach((pointer, line) -> lines.add(line + " " + pointer));
            model.put("case_lines", lines);
            if (stored.hiddenName() != null) {
                // The store is the bake's memory, never published; the warning check reads the name back.
                model.put("hidden_name", new ArrayList<>(stored.hiddenName().stored()));
            }
            return model;
        } catch (ContentException e) {
            context.problems().addAll(e.problems());
        }
        return null;
    }

    static Case fromModel(DocumentModel model) {
        Map<String, Integer> lines = new HashMap<>();
        if (model.get("case_lines") instanceof Collection<?> stored) {
            for (Object item : stored) {
                String text = item.toString();
                int space = text.indexOf(' ');
                lines.put(text.substring(space + 1), Integer.parseInt(text.substring(0, space)));
            }
        }
        String file = model.get("source_path").toString();
        return CaseReader.fromStore(file, new CaseReader.Stored(model.get("case_json").toString(), lines, null));
    }

    /** The real name of a case shown by initials or pseudonym, for the warning check only; null otherwise. */
    static HiddenName hiddenName(DocumentModel model) {
        if (!(model.get("hidden_name") instanceof Collection<?> words)) {
            return null;
        }
        return HiddenName.fromStored(words.stream().map(Object::toString).toList());
    }
}
