package org.factcheck.core.internal.checks;

import org.eclipse.emf.ecore.EObject;
import org.factcheck.core.text.Abbreviations;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/** Names objects of a case the way the workbench shows them, for problems ("claim “…”", "span “…” in document “…”"). */
public final class Labels {

    private Labels() {
    }

    /** Names an object of the case the way the workbench shows it. */
    public static String describe(EObject object) {
        if (object instanceof Claim claim) {
            return "claim " + quote(claim);
        }
        if (object instanceof Document document) {
            return "document “" + Abbreviations.shorten(document.getTitle(), 100) + "”";
        }
        if (object instanceof TextSpan span) {
            return "span “" + shorten(span.getExact()) + "”"
                    + (span.getDocument() == null ? "" : " in " + describe(span.getDocument()));
        }
        if (object instanceof Actor actor) {
            return "“" + shorten(actor.getName()) + "”";
        }
        if (object instanceof CaseFile caseFile) {
            return "case “" + shorten(caseFile.getTitle()) + "”";
        }
        return object.eClass().getName() + (object instanceof org.factcheck.model.Identifiable i ? " " + i.getId() : "");
    }

    /** A claim's statement in quotation marks, shortened to 60 characters. */
    public static String quote(Claim claim) {
        return "“" + shorten(claim.getStatement()) + "”";
    }

    private static String shorten(String text) {
        return Abbreviations.shorten(text, 60);
    }
}
