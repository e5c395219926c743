package org.factcheck.ui.internal.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.factcheck.core.text.CodePointIndex;
import org.factcheck.model.Actor;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseSession;

/**
 * Annotates one document of an open case: checks the selected range and the case file, then runs one command on
 * the case's command stack. A problem is reported as a {@link Refusal} whose message says what to do; then
 * nothing has changed.
 */
final class Annotator {

    /** Why an annotation was not made; the message is a sentence for the fact-checker. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    /** A range of the document's text in code points, {@code start < end}. */
    record Range(int start, int end) {
    }

    private final CaseSession session;
    private final Document document;

    Annotator(CaseSession session, Document document) {
        this.session = session;
        this.document = document;
    }

    /**
     * The code point range of a widget selection, without the white space at its ends.
     *
     * @throws Refusal if nothing but white space is selected
     */
    Range range(int charStart, int charEnd) throws Refusal {
        String text = document.getText() == null ? "" : document.getText();
        int from = Math.max(0, Math.min(charStart, charEnd));
        int to = Math.min(text.length(), Math.max(charStart, charEnd));
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            throw new Refusal("Select the words of the article to annotate first (with Shift and the arrow keys, or "
                    + "the mouse). Nothing was changed.");
        }
        CodePointIndex index = CodePointIndex.of(text);
        // a selection never splits a character: widen it to whole code points
        return new Range(index.toCodePointOffset(from), index.toCodePointOffset(to) + (splitsPair(text, to) ? 1 : 0));
    }

    private static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    Claim createClaim(Range range, String statement, Actor claimant, LocalDate said) throws Refusal {
        if (statement == null || statement.isBlank()) {
            throw new Refusal("A claim needs a statement. Nothing was changed.");
        }
        TextSpan span = SpanCommands.newSpan(document, range.start(), range.end(), SpanKind.CLAIM_APPEARANCE);
        run(SpanCommands.createClaim(session.domain(), session.caseFile(), document, span, statement.strip(), claimant,
                said));
        return span.getDocument() == null ? null : firstClaimOf(span);
    }

    private Claim firstClaimOf(TextSpan span) {
        return SpanRoles.of(session.caseFile()).ownerOf(span);
    }

    TextSpan addAppearance(Range range, Claim claim) throws Refusal {
        TextSpan span = SpanCommands.newSpan(document, range.start(), range.end(), SpanKind.CLAIM_APPEARANCE);
        run(SpanCommands.addAppearance(session.domain(), document, span, claim));
        return span;
    }

    TextSpan addEvidence(Range range, Claim claim, Stance stance) throws Refusal {
        TextSpan span = SpanCommands.newSpan(document, range.start(), range.end(), SpanKind.EVIDENCE);
        run(SpanCommands.addEvidence(session.domain(), document, span, claim, stance));
        return span;
    }

    TextSpan addNote(Range range, String note) throws Refusal {
        if (note == null || note.isBlank()) {
            throw new Refusal("The note is empty. Nothing was changed.");
        }
        TextSpan span = SpanCommands.newSpan(document, range.start(), range.end(), SpanKind.NOTE);
        run(SpanCommands.addNote(session.domain(), document, span, note.strip()));
        return span;
    }

    TextSpan markBoilerplate(Range range) throws Refusal {
        boolean marked = document.getAnnotations().stream().anyMatch(s -> s.getKind() == SpanKind.BOILERPLATE
                && s.getStart() <= range.start() && s.getEnd() >= range.end());
        if (marked) {
            throw new Refusal("These words are already marked as comment / boilerplate. Nothing was changed.");
        }
        TextSpan span = SpanCommands.newSpan(document, range.start(), range.end(), SpanKind.BOILERPLATE);
        run(SpanCommands.addBoilerplate(session.domain(), document, span));
        return span;
    }

    void reattach(TextSpan span, Range range) throws Refusal {
        if (span.getDocument() != document) {
            throw new Refusal("That span belongs to another article. Nothing was changed.");
        }
        run(SpanCommands.reattach(session.domain(), span, range.start(), range.end()));
    }

    /** @throws Refusal if the case file cannot be written: annotating it would be work that cannot be saved */
    static void readOnlyCheck(CaseSession session) throws Refusal {
        String readOnly = readOnlyProblem(session.file());
        if (readOnly != null) {
            throw new Refusal(readOnly);
        }
    }

    private void run(Command command) throws Refusal {
        readOnlyCheck(session);
        if (!command.canExecute()) {
            throw new Refusal("This annotation cannot be made here. Nothing was changed.");
        }
        session.commandStack().execute(command);
    }

    /** Why the case file cannot be written, or {@code null} if it can. */
    static String readOnlyProblem(Path file) {
        return readOnlyProblem(file, "annotations could not be saved");
    }

    /** Why the case file cannot be written, saying what that prevents; {@code null} if it can be written. */
    static String readOnlyProblem(Path file, String consequence) {
        if (!Files.exists(file)) {
            return null;
        }
        boolean writable = Files.isWritable(file);
        try {
            writable &= Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: isWritable tells
        }
        return writable ? null
                : "The case file " + file.getFileName() + " is read-only, so " + consequence + ". Nothing was changed. "
                        + "Save a copy with File › Save As… and work on that.";
    }
}
