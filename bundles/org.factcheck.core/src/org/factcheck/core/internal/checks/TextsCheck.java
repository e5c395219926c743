package org.factcheck.core.internal.checks;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CaseProblem.Severity;
import org.factcheck.core.text.CodePointIndex;
import org.factcheck.core.text.Hashes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/**
 * That every document's text still has its recorded SHA-256 and every span's offsets select its quote. The text is
 * indexed once per document, so a long article with thousands of spans costs one pass over its text, not one per span
 * ({@code TextSpan.coveredText()} walks the whole text for each span).
 */
public final class TextsCheck implements CaseCheck {

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        List<CaseProblem> problems = new ArrayList<>();
        for (Document document : caseFile.getDocuments()) {
            texts(document, problems);
        }
        return problems;
    }

    private static void texts(Document document, List<CaseProblem> problems) {
        String text = document.getText() == null ? "" : document.getText();
        if (document.getTextSha256() != null && !document.getTextSha256().equals(Hashes.sha256Hex(text))) {
            problems.add(CaseProblem.of(Severity.ERROR, document, "its text does not have its recorded SHA-256 any "
                    + "more: it was changed outside the workbench, and its spans may point at the wrong words."));
        }
        CodePointIndex index = CodePointIndex.of(text);
        int length = index.length();
        for (TextSpan span : document.getAnnotations()) {
            if (span.getAnchorStatus() == AnchorStatus.ORPHANED) {
                problems.add(CaseProblem.of(Severity.WARNING, span,
                        "its text was not found in the article any more (orphaned)."));
            } else if (span.getStart() < 0 || span.getEnd() < span.getStart() || span.getEnd() > length) {
                problems.add(CaseProblem.of(Severity.ERROR, span, "its offsets " + span.getStart() + "–" + span.getEnd()
                        + " lie outside the article's " + length + " characters."));
            } else if (span.getExact() != null && !covers(text, index, span)) {
                problems.add(CaseProblem.of(Severity.ERROR, span, "its offsets select “" + covered(text, index, span)
                        + "”, not the quoted text."));
            } else if (span.getAnchorStatus() == AnchorStatus.FUZZY) {
                problems.add(CaseProblem.of(Severity.WARNING, span,
                        "it was re-anchored approximately; a person should confirm it."));
            }
        }
    }

    /** Whether the span's offsets select its quote, compared in place. */
    private static boolean covers(String text, CodePointIndex index, TextSpan span) {
        int from = index.toCharIndex(span.getStart());
        int to = index.toCharIndex(span.getEnd());
        String exact = span.getExact();
        return exact.length() == to - from && text.regionMatches(from, exact, 0, exact.length());
    }

    private static String covered(String text, CodePointIndex index, TextSpan span) {
        return text.substring(index.toCharIndex(span.getStart()), index.toCharIndex(span.getEnd()));
    }
}
