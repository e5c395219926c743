package org.factcheck.core.internal.checks;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CaseProblem.Severity;
import org.factcheck.core.text.CodePoints;
import org.factcheck.core.text.Hashes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/** That every document's text still has its recorded SHA-256 and every span's offsets select its quote. */
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
        int length = CodePoints.length(text);
        for (TextSpan span : document.getAnnotations()) {
            if (span.getAnchorStatus() == AnchorStatus.ORPHANED) {
                problems.add(CaseProblem.of(Severity.WARNING, span,
                        "its text was not found in the article any more (orphaned)."));
            } else if (span.getStart() < 0 || span.getEnd() < span.getStart() || span.getEnd() > length) {
                problems.add(CaseProblem.of(Severity.ERROR, span, "its offsets " + span.getStart() + "–" + span.getEnd()
                        + " lie outside the article's " + length + " characters."));
            } else if (span.getExact() != null && !span.getExact().equals(span.coveredText())) {
                problems.add(CaseProblem.of(Severity.ERROR, span, "its offsets select “" + span.coveredText()
                        + "”, not the quoted text."));
            } else if (span.getAnchorStatus() == AnchorStatus.FUZZY) {
                problems.add(CaseProblem.of(Severity.WARNING, span,
                        "it was re-anchored approximately; a person should confirm it."));
            }
        }
    }
}
