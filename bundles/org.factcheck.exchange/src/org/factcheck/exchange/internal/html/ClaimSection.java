package org.factcheck.exchange.internal.html;

import java.util.List;

import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Polarity;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;

/** One claim of the HTML report: verdict, explanation, appearances, evidence and relations. */
final class ClaimSection {

    private ClaimSection() {
    }

    static void write(Html html, CaseFile c, Claim claim) {
        String color = claim.getVerdict() == null ? "#9E9E9E" : claim.getVerdict().getColor();
        html.raw("<article class=\"claim\" id=\"claim-" + Html.escape(claim.getId()) + "\" style=\"border-left-color:"
                + (color != null && color.matches("#[0-9A-Fa-f]{6}") ? color : "#9E9E9E") + "\">\n");
        html.open("div", "head").element("h3", null, claim.getStatement());
        if (claim.getVerdict() != null) {
            html.badge(claim.getVerdict().getLabel(), claim.getVerdict().getColor());
        } else {
            html.badge("No verdict yet", "#E0E0E0");
        }
        html.close("div");
        StringBuilder who = new StringBuilder(HtmlReportExporter.claimant(claim));
        if (claim.getDateSaid() != null) {
            who.append(" · said ").append(claim.getDateSaid());
        }
        html.open("div", "who").text(who.toString()).raw(" ");
        if (claim.getStatus() != null) {
            html.element("span", "status", HtmlReportExporter.words(claim.getStatus().getLiteral()));
        }
        for (Tag tag : claim.getTags()) {
            html.raw(" ").badge(tag.getName(), tag.getColor());
        }
        html.close("div");
        if (claim.getExplanation() != null) {
            html.element("p", "explanation", claim.getExplanation());
        }
        if (!claim.getAppearances().isEmpty()) {
            html.element("h4", null, claim.getAppearances().size() == 1 ? "Where it was said" : "Where it was said ("
                    + claim.getAppearances().size() + ")");
            for (TextSpan span : claim.getAppearances()) {
                if (notArticle(span)) {
                    html.open("blockquote", "boilerplate");
                    notQuoted(html, span);
                    html.close("blockquote");
                } else {
                    quote(html, span, null);
                }
            }
        }
        if (!claim.getEvidence().isEmpty()) {
            html.element("h4", null, "Evidence");
            for (Evidence evidence : claim.getEvidence()) {
                evidence(html, evidence);
            }
        }
        relations(html, c, claim);
        html.raw("</article>\n");
    }

    /**
     * A piece of evidence: its quote in context, or — for evidence without a quote (a web page, a source) — a block
     * with the stance, the note, the source, the address, when it was retrieved and the SHA-256 of what was retrieved.
     */
    private static void evidence(Html html, Evidence evidence) {
        String stance = evidence.getStance() == null ? "context" : evidence.getStance().getLiteral().toLowerCase(java.util.Locale.ROOT);
        boolean quoted = evidence.getSpan() != null;
        if (quoted && notArticle(evidence.getSpan())) {
            html.open("blockquote", "boilerplate").raw("<span class=\"stance " + stance + "\">").text(stance).raw("</span>");
            notQuoted(html, evidence.getSpan());
        } else if (quoted) {
            quote(html, evidence.getSpan(), stance);
        } else {
            html.open("blockquote", null).raw("<span class=\"stance " + stance + "\">").text(stance).raw("</span>");
        }
        StringBuilder about = new StringBuilder();
        if (evidence.getNote() != null) {
            about.append(evidence.getNote());
        }
        boolean outletOfComments = quoted && notArticle(evidence.getSpan()) && evidence.getSpan().getDocument() != null
                && evidence.getSource() == evidence.getSpan().getDocument().getOutlet(); // a reader is not the outlet
        if (evidence.getSource() != null && !outletOfComments) {
            about.append(about.isEmpty() ? "" : " ").append("Source: ").append(evidence.getSource().getName()).append('.');
        }
        if (!quoted && evidence.getRetrieved() != null) { // a quote's article says where it is from
            about.append(about.isEmpty() ? "" : " ").append("Retrieved ")
                    .append(evidence.getRetrieved().atOffset(java.time.ZoneOffset.UTC).toLocalDate()).append('.');
        }
        String hash = quoted ? null : evidence.getContentSha256();
        if (!about.isEmpty() || evidence.getUrl() != null || hash != null) {
            html.raw("<span class=\"source\">").text(about.toString());
            if (evidence.getUrl() != null) {
                html.raw(" ").link(evidence.getUrl(), quoted ? "link" : evidence.getUrl());
            }
            if (hash != null) {
                html.raw(" <span class=\"hash\" title=\"SHA-256 of the content as retrieved\">SHA-256 ").text(hash)
                        .raw("</span>");
            }
            html.raw("</span>\n");
        }
        if (!quoted || notArticle(evidence.getSpan())) {
            html.close("blockquote");
        }
    }

    /**
     * Whether a span lies in a region of its article marked as reader comments / boilerplate (it overlaps one):
     * such words are not what the outlet published, so the report does not quote them as the article's text.
     */
    static boolean notArticle(TextSpan span) {
        Document d = span.getDocument();
        if (d == null || span.getKind() == SpanKind.BOILERPLATE) {
            return false;
        }
        return d.getAnnotations().stream().anyMatch(b -> b.getKind() == SpanKind.BOILERPLATE && b.getStart() < span.getEnd()
                && span.getStart() < b.getEnd());
    }

    /** In place of a quote from comments / boilerplate: where the words are, without quoting them. */
    private static void notQuoted(Html html, TextSpan span) {
        Document d = span.getDocument();
        html.raw("<span class=\"not-article\">").text("In the reader comments / boilerplate of “" + CaseNames.title(d)
                + "”, not the article itself: not quoted in this report.").raw("</span>");
    }

    /** A quote with its recorded context, the marked words highlighted, and the article it is from. */
    private static void quote(Html html, TextSpan span, String stance) {
        html.raw("<blockquote" + Html.langAttribute(span.getDocument() == null ? null : span.getDocument().getLanguage())
                + ">");
        if (stance != null) {
            html.raw("<span class=\"stance " + stance + "\">").text(stance).raw("</span>");
        }
        html.raw("<span class=\"context\">").text(span.getPrefix() == null || span.getPrefix().isEmpty() ? "" : "…"
                + span.getPrefix().replace('\n', ' ')).raw("</span><mark>").text(CaseNames.quote(span)).raw("</mark>")
                .raw("<span class=\"context\">").text(span.getSuffix() == null || span.getSuffix().isEmpty() ? ""
                        : span.getSuffix().replace('\n', ' ') + "…").raw("</span>");
        Document d = span.getDocument();
        if (d != null) {
            html.raw("<span class=\"source\">").link(d.getUrl(), CaseNames.title(d));
            String outlet = d.getOutlet() == null ? null : d.getOutlet().getName();
            html.text((outlet == null ? "" : " · " + outlet) + (d.getPublished() == null ? "" : " · " + d.getPublished()))
                    .raw("</span>");
        }
        html.close("blockquote");
    }

    private static void relations(Html html, CaseFile c, Claim claim) {
        List<ClaimRelation> related = c.getRelations().stream()
                .filter(r -> r.getSource() == claim || r.getTarget() == claim).toList();
        if (related.isEmpty()) {
            return;
        }
        html.element("h4", null, "Related statements");
        html.open("ul", "relations");
        for (ClaimRelation r : related) {
            boolean outgoing = r.getSource() == claim;
            Claim other = outgoing ? r.getTarget() : r.getSource();
            if (other == null) {
                continue;
            }
            html.open("li", null);
            if (!outgoing) {
                html.raw("<a href=\"#claim-" + Html.escape(other.getId()) + "\">").text("“" + CaseNames.shortStatement(other)
                        + "”").raw("</a> ");
            } else {
                html.text("This ");
            }
            relationLabel(html, r);
            if (outgoing) {
                html.raw(" <a href=\"#claim-" + Html.escape(other.getId()) + "\">").text("“" + CaseNames.shortStatement(other)
                        + "”").raw("</a>");
            } else {
                html.text(" this");
            }
            rationale(html, r);
            html.close("li");
        }
        html.close("ul");
    }

    /** Why the fact-checker linked the two statements, and who did, when they said. */
    private static void rationale(Html html, ClaimRelation r) {
        String why = r.getRationale() == null ? "" : r.getRationale().strip();
        String who = r.getAuthor() == null ? "" : r.getAuthor().strip();
        if (why.isEmpty() && who.isEmpty()) {
            return;
        }
        html.raw("<span class=\"rationale\">");
        html.text(why.isEmpty() ? "Linked by " + who : who.isEmpty() ? why : why + " — " + who);
        html.raw("</span>");
    }

    /** The relation's kind, coloured by polarity. */
    static void relationLabel(Html html, ClaimRelation r) {
        Polarity polarity = r.getKind() == null ? Polarity.NEUTRAL : r.getKind().getPolarity();
        String css = switch (polarity) {
            case SUPPORT -> "rel-support";
            case ATTACK -> "rel-attack";
            default -> "rel-neutral";
        };
        String label = r.getKind() == null ? "relates to" : r.getKind().getLabel() == null ? r.getKind().getName() : r.getKind().getLabel();
        html.element("span", css, label);
    }
}
