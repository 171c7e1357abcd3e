package org.labourrights.site.render;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.Texts;
import org.labourrights.site.model.Urls;

/**
 * Freemarker for {@code .ftlh} (HTML, escaped by default), {@code .ftlx} (XML, escaped) and
 * {@code .ftlt} (plain text). JBake's own Freemarker engine keeps its configuration private, so it
 * can neither auto-escape nor share helpers; this one gives every template the same functions:
 * {@code t(key, args…)} for interface words, {@code date(d)}, {@code country(code)}, {@code url(doc)},
 * and for cases {@code name(case)} (as it may be shown), {@code bi(text)} and {@code caseUrl(case)}.
 * They read the page's language from the template variable {@code lang}.
 *
 * <p>Freemarker's configuration is built once and shared by every page (it is thread-safe once
 * set up): templates are parsed once, and pages are drawn on every core.
 */
public final class SiteTemplates {

    private final Configuration freemarker;
    private final Messages messages;

    public SiteTemplates(Path folder, Messages messages) {
        this.messages = messages;
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(folder.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read templates from " + folder, e);
        }
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNumberFormat("computer");
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        freemarker.setSharedVariable("t", function(args -> messages.text(language(), string(args, 0),
                args.subList(1, args.size()).stream().map(SiteTemplates::unwrap).toArray())));
        // Words a language's file may lack (those naming another language): the template then says it another way.
        freemarker.setSharedVariable("has", function(args -> messages.has(language(), string(args, 0))));
        freemarker.setSharedVariable("date", function(args -> messages.date(language(), (PartialDate) unwrap(args.get(0)))));
        freemarker.setSharedVariable("country", function(args -> messages.country(language(), string(args, 0))));
        freemarker.setSharedVariable("url", function(args -> Urls.document((Document) unwrap(args.get(0)))));
        freemarker.setSharedVariable("name", function(args -> ((Case) unwrap(args.get(0))).displayName(language())));
        freemarker.setSharedVariable("bi", function(args -> args.get(0) == null ? null
                : ((Texts) unwrap(args.get(0))).in(language())));
        freemarker.setSharedVariable("caseUrl", function(args -> Urls.caseUrl(language(), ((Case) unwrap(args.get(0))).id())));
    }

    /**
     * Draws {@code templateName} (a file of the templates folder) with {@code model} into {@code writer}.
     *
     * @throws IOException when the template cannot be read or the page written
     * @throws TemplateFailure when the template fails on this model
     */
    public void render(Map<String, Object> model, String templateName, Writer writer) throws IOException {
        try {
            freemarker.getTemplate(templateName).process(model, writer);
        } catch (TemplateException e) {
            throw new TemplateFailure(templateName, e);
        }
    }

    private interface Body {
        Object apply(List<?> args) throws TemplateModelException;
    }

    private static TemplateMethodModelEx function(Body body) {
        return args -> body.apply(args);
    }

    private Language language() throws TemplateModelException {
        TemplateModel lang = Environment.getCurrentEnvironment().getVariable("lang");
        return messages.languages().byCode(String.valueOf(unwrap(lang)))
                .orElseThrow(() -> new TemplateModelException("the template set no 'lang'"));
    }

    private static String string(List<?> args, int index) throws TemplateModelException {
        return String.valueOf(unwrap(args.get(index)));
    }

    private static Object unwrap(Object value) {
        try {
            return value instanceof TemplateModel model ? DeepUnwrap.unwrap(model) : value;
        } catch (TemplateModelException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
