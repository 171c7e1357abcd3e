package org.labourrights.site.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.CaseEvent;
import org.labourrights.site.model.CaseRelation;
import org.labourrights.site.model.DocumentKey;
import org.labourrights.site.model.PartialDate;
import org.labourrights.site.model.StatusAsOf;

/**
 * What no single case file can tell: that the Mission's documents it cites exist (a case page
 * links to them, and a citation of nothing is no citation), that a status dated in the file and
 * each event are dated no more precisely and no later than their documents are, that a parent organisation has a case of its own, and that no two
 * files share an id.
 */
public final class CaseChecks {

    private CaseChecks() {
    }

    /**
     * @param existingDocuments the documents a case may cite: those the site publishes, so that no
     *                          case page links to a draft or an embargoed text
     * @throws ContentException with every problem found, each at its line
     */
    public static void check(List<Case> cases, Set<DocumentKey> existingDocuments) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Case> byId = new HashMap<>();
        for (Case c : cases) {
            Case earlier = byId.putIfAbsent(c.id(), c);
            if (earlier != null) {
                problems.add(new Problem(c.sourcePath(), c.lineOf("/id"), "this file and " + earlier.sourcePath()
                        + " both have the id '" + c.id() + "'; each case needs an id of its own, its file name"));
            }
        }
        List<String> documentNames = existingDocuments.stream().map(DocumentKey::toString).sorted().toList();
        for (Case c : cases) {
            DocumentCitations citations = new DocumentCitations(c, existingDocuments, documentNames, problems);
            for (int i = 0; i < c.documents().size(); i++) {
                citations.check(c.documents().get(i), "/documents/" + i);
            }
            for (int i = 0; i < c.sources().size(); i++) {
                if (!c.sources().get(i).isOutside()) {
                    citations.check(c.sources().get(i).document(), "/sources/" + i + "/document");
                }
            }
            for (int i = 0; i < c.events().size(); i++) {
                CaseEvent event = c.events().get(i);
                for (int j = 0; j < event.sources().size(); j++) {
                    citations.check(event.sources().get(j), "/events/" + i + "/sources/" + j);
                }
            }
            if (c.statusAsOf() != null) {
                citations.check(c.statusAsOf().source(), "/status_as_of/source");
            }
            if (c.letters() != null && !c.letters().source().isOutside()) {
                citations.check(c.letters().source().document(), "/letters/source/document");
            }
            for (int i = 0; i < c.relations().size(); i++) {
                citations.check(c.relations().get(i).source(), "/relations/" + i + "/source");
            }
            checkParent(c, byId, problems);
            checkRelations(c, byId, problems);
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
    }

    /**
     * That a status dated in the file ({@code status_as_of:}) is as its document dates it: no more
     * precise, and not later (see {@link PartialDate#canState}). Run after {@link #check}, so that
     * every source it names is published.
     *
     * @param dates the date of each published document
     */
    public static void checkStatusDates(List<Case> cases, Map<DocumentKey, PartialDate> dates) {
        List<Problem> problems = new ArrayList<>();
        for (Case c : cases) {
            StatusAsOf stated = c.statusAsOf();
            PartialDate documentDate = stated == null ? null : dates.get(stated.source());
            if (documentDate != null && !documentDate.canState(stated.date())) {
                String advice = documentDate.isKnown()
                        ? "it is more precise or later than " + documentDate.iso() + ", the date of its source "
                        + stated.source() + "; write " + documentDate.iso() + " or an earlier date, no more precise"
                        : "its source " + stated.source() + " has no date, so it cannot date the status; name a"
                        + " dated document as source";
                problems.add(new Problem(c.sourcePath(), c.lineOf("/status_as_of/date"),
                        "status_as_of date '" + stated.date().iso() + "' cannot be: " + advice));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
    }

    /**
     * That no event of a case is dated more precisely, or later, than the documents it cites date
     * themselves (see {@link PartialDate#canState}): a statement of November 2022 can date an event
     * November 2022, 2022 or October 2019, not 15 November 2022 nor December 2022. An event is
     * refused only when every document it cites is dated and none of them can state its date; a
     * document with no date may state any date in its text, so an event citing one is not judged.
     * Run after {@link #check}, so that every document it names is published.
     *
     * @param dates the date of each published document
     */
    public static void checkEventDates(List<Case> cases, Map<DocumentKey, PartialDate> dates) {
        List<Problem> problems = new ArrayList<>();
        for (Case c : cases) {
            for (int i = 0; i < c.events().size(); i++) {
                CaseEvent event = c.events().get(i);
                if (event.sources().isEmpty() || !event.date().isKnown()) {
                    continue;
                }
                boolean judged = true;
                boolean stated = false;
                List<String> cited = new ArrayList<>();
                for (DocumentKey source : event.sources()) {
                    PartialDate documentDate = dates.get(source);
                    if (documentDate == null || !documentDate.isKnown()) {
                        judged = false;
                    } else {
                        stated |= documentDate.canState(event.date());
                        cited.add(source + " (" + documentDate.iso() + ")");
                    }
                }
                if (judged && !stated) {
                    PartialDate cut = cut(event, dates);
                    boolean cutStated = event.sources().stream().anyMatch(s -> dates.get(s).canState(cut));
                    String advice = cutStated
                            ? "a date is never more precise than its source: write " + cut.iso() + " (or less"
                            + " precise), or cite the document that dates it so"
                            : "a document cannot tell of a time after its own date: cite the later document that"
                            + " states this event";
                    problems.add(new Problem(c.sourcePath(), c.lineOf("/events/" + i + "/date"), "event date '"
                            + event.date().iso() + "' is " + (cutStated ? "more precise" : "later") + " than "
                            + (cited.size() == 1 ? "the date of the document it cites, " : "the dates of every"
                            + " document it cites, ") + String.join(", ", cited) + "; " + advice));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
    }

    /** The event's date cut to the precision of its most precisely dated source, for the advice. */
    private static PartialDate cut(CaseEvent event, Map<DocumentKey, PartialDate> dates) {
        PartialDate.Precision best = PartialDate.Precision.UNKNOWN;
        for (DocumentKey source : event.sources()) {
            PartialDate d = dates.get(source);
            if (d != null && d.precision().compareTo(best) > 0) {
                best = d.precision();
            }
        }
        PartialDate e = event.date();
        return switch (best) {
            case UNKNOWN, YEAR -> new PartialDate(e.year(), 0, 0);
            case MONTH -> new PartialDate(e.year(), e.month(), 0);
            case DAY -> e;
        };
    }

    private record DocumentCitations(Case c, Set<DocumentKey> existing, List<String> names, List<Problem> problems) {
        void check(DocumentKey cited, String pointer) {
            if (!existing.contains(cited)) {
                problems.add(new Problem(c.sourcePath(), c.lineOf(pointer), "'" + cited + "' names no document of the"
                        + " site" + Suggestion.didYouMean(cited.toString(), names) + "; name a published document as"
                        + " <section>/<name>, its file name without .ru.md/.en.md, e.g."
                        + " statements/6th-conference-2022-kazakhstan"));
            }
        }
    }

    private static void checkParent(Case c, Map<String, Case> byId, List<Problem> problems) {
        if (c.parent() == null) {
            return;
        }
        Case parent = byId.get(c.parent());
        int line = c.lineOf("/parent");
        if (parent == null) {
            problems.add(new Problem(c.sourcePath(), line, "parent '" + c.parent() + "' is not the id of any case"
                    + Suggestion.didYouMean(c.parent(), byId.keySet()) + "; write the id of the organisation's case"
                    + " (its file name in content/cases/ without .yaml), or leave the field out"));
        } else if (parent.kind() != Case.Kind.ORGANISATION) {
            problems.add(new Problem(c.sourcePath(), line, "parent '" + c.parent() + "' is a person; the parent must"
                    + " be the case of an organisation"));
        } else if (leadsBackTo(c, byId)) {
            problems.add(new Problem(c.sourcePath(), line, "parent '" + c.parent() + "' leads back to this case through"
                    + " its own parents; an organisation cannot belong to itself"));
        }
    }

    /**
     * A relation names another case, of the kind its tie needs, once: written in one of the two
     * files, since both pages show it. A family tie is refused where either name is hidden: "a
     * relative of" a named person would tell who the hidden one is.
     */
    private static void checkRelations(Case c, Map<String, Case> byId, List<Problem> problems) {
        for (int i = 0; i < c.relations().size(); i++) {
            CaseRelation relation = c.relations().get(i);
            int line = c.lineOf("/relations/" + i + "/case");
            String kind = relation.kind().yaml();
            Case other = byId.get(relation.other());
            if (relation.other().equals(c.id())) {
                problems.add(new Problem(c.sourcePath(), line, "relation " + (i + 1) + " names this case itself; a"
                        + " relation ties this case to another one: write the other case's id"));
            } else if (other == null) {
                problems.add(new Problem(c.sourcePath(), line, "relation " + (i + 1) + ": '" + relation.other()
                        + "' is not the id of any case" + Suggestion.didYouMean(relation.other(), byId.keySet())
                        + "; write the other case's file name in content/cases/ without .yaml"));
            } else if (relation.kind().toOrganisation() && other.kind() != Case.Kind.ORGANISATION) {
                problems.add(new Problem(c.sourcePath(), line, "relation " + (i + 1) + ": " + kind + " needs the case"
                        + " of an organisation, and '" + other.id() + "' is a person; for two people write"
                        + " co_defendant or relative_of"));
            } else if (!relation.kind().toOrganisation()
                    && (c.kind() != Case.Kind.PERSON || other.kind() != Case.Kind.PERSON)) {
                problems.add(new Problem(c.sourcePath(), line, "relation " + (i + 1) + ": " + kind + " ties two people,"
                        + " and " + (c.kind() != Case.Kind.PERSON ? "this case" : "'" + other.id() + "'") + " is an"
                        + " organisation; for an organisation write member_of, leader_of or affiliate_of"));
            } else if (relation.kind() == CaseRelation.Kind.RELATIVE_OF
                    && (c.nameDisplay() != Case.NameDisplay.FULL || other.nameDisplay() != Case.NameDisplay.FULL)) {
                problems.add(new Problem(c.sourcePath(), line, "relation " + (i + 1) + ": relative_of is refused"
                        + " because " + (c.nameDisplay() != Case.NameDisplay.FULL ? "this case" : "'" + other.id() + "'")
                        + " hides its name, and a family tie to a named person would tell who it is; leave the"
                        + " relation out"));
            } else if (other.relations().stream().anyMatch(r -> r.other().equals(c.id()) && r.kind() == relation.kind())
                    && c.id().compareTo(other.id()) > 0) {
                problems.add(new Problem(c.sourcePath(), line, "relation " + (i + 1) + ": " + kind + " '" + other.id()
                        + "' is also written in " + other.sourcePath() + "; both pages show a relation written once,"
                        + " so delete it from one of the two files"));
            }
        }
    }

    private static boolean leadsBackTo(Case c, Map<String, Case> byId) {
        Set<String> seen = new HashSet<>();
        Case at = byId.get(c.parent());
        while (at != null && seen.add(at.id())) {
            if (at.id().equals(c.id())) {
                return true;
            }
            at = at.parent() == null ? null : byId.get(at.parent());
        }
        return false;
    }
}
