package org.factcheck.ui.internal.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.factcheck.core.text.Hashes;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.Source;
import org.factcheck.model.Stance;
import org.factcheck.ui.cases.CaseSession;

/**
 * "Add Evidence…" without a quote — a web page, a document or a source — and editing any piece of evidence: stance,
 * address, source, when it was retrieved, the SHA-256 of what was retrieved (computed from a local file or from
 * pasted text, or typed), and a note. OK gives one command ({@link #command()}): the evidence added to the claim, or
 * the fields that changed set. Evidence needs at least an address, a source or a note.
 */
public final class EvidenceDialog extends TitleAreaDialog {

    private final CaseSession session;
    private final Claim claim;
    /** The evidence edited, or null when adding. */
    private final Evidence edited;
    private final List<Source> sources = new ArrayList<>();
    private Combo stance;
    private Text url;
    private Combo source;
    private Text retrieved;
    private Text hash;
    private Text note;
    private Command command;
    private Evidence result;

    private EvidenceDialog(Shell shell, CaseSession session, Claim claim, Evidence edited) {
        super(shell);
        this.session = session;
        this.claim = claim;
        this.edited = edited;
    }

    /** A dialog that adds evidence without a quote to {@code claim}. */
    public static EvidenceDialog add(Shell shell, CaseSession session, Claim claim) {
        return new EvidenceDialog(shell, session, claim, null);
    }

    /** A dialog that edits {@code evidence} (with or without a quote). */
    public static EvidenceDialog edit(Shell shell, CaseSession session, Evidence evidence) {
        return new EvidenceDialog(shell, session, evidence.getClaim(), evidence);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(edited == null ? "Add Evidence" : "Edit Evidence");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle((edited == null ? "Evidence for " : "Evidence for ") + "“" + shorten(claim.getStatement()) + "”");
        setMessage(purpose());
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        label(body, "&Stance:");
        stance = new Combo(body, SWT.READ_ONLY);
        for (Stance value : Stance.values()) {
            stance.add(value == Stance.SUPPORTS ? "Supports the claim" : value == Stance.REFUTES ? "Refutes the claim"
                    : "Gives context");
        }
        span(stance, 2);
        label(body, "&Address:");
        url = new Text(body, SWT.BORDER);
        url.setMessage("https://… (the page, document or post)");
        span(url, 2);
        label(body, "S&ource:");
        source = new Combo(body, SWT.READ_ONLY);
        source.add("(none)");
        session.caseFile().getSources().forEach(s -> {
            sources.add(s);
            source.add(s.getName());
        });
        span(source, 2);
        label(body, "&Retrieved:");
        retrieved = new Text(body, SWT.BORDER);
        retrieved.setMessage("yyyy-mm-dd or 2022-10-05T08:30:00Z");
        span(retrieved, 2);
        label(body, "SHA-&256:");
        hash = new Text(body, SWT.BORDER);
        hash.setMessage("of the content as retrieved (optional)");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(hash);
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        button(buttons, "Of a &File…", this::hashFile);
        button(buttons, "Of &Pasted Text…", this::hashPasted);
        label(body, "&Note:");
        note = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(420, 70).applyTo(note);
        show();
        for (Control field : List.of(url, retrieved, hash, note)) {
            field.addListener(SWT.Modify, e -> validate());
        }
        source.addListener(SWT.Selection, e -> validate());
        return area;
    }

    private String purpose() {
        return "A web page, a document or a source that supports or refutes the claim without a quote from an article.";
    }

    private void show() {
        Evidence shown = edited;
        stance.select(shown == null || shown.getStance() == null ? Stance.SUPPORTS.getValue() : shown.getStance().getValue());
        url.setText(shown == null || shown.getUrl() == null ? "" : shown.getUrl());
        source.select(shown == null ? 0 : sources.indexOf(shown.getSource()) + 1);
        Instant when = shown == null ? Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) : shown.getRetrieved();
        retrieved.setText(when == null ? "" : when.toString());
        hash.setText(shown == null || shown.getContentSha256() == null ? "" : shown.getContentSha256());
        note.setText(shown == null || shown.getNote() == null ? "" : shown.getNote());
    }

    private static void label(Composite body, String text) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
    }

    private static void span(Control control, int columns) {
        GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).hint(420, SWT.DEFAULT).applyTo(control);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 60 ? t : t.substring(0, 59) + "…";
    }

    /** Asks for a local file (a saved page, a PDF, a screenshot) and puts its SHA-256 in the field. */
    private void hashFile() {
        FileDialog files = new FileDialog(getShell(), SWT.OPEN);
        files.setText("SHA-256 of a File");
        String chosen = files.open();
        if (chosen != null) {
            hashOfFile(Path.of(chosen));
        }
    }

    /** Puts the SHA-256 of {@code file} in the field; an unreadable file is reported in the dialog. */
    public void hashOfFile(Path file) {
        try {
            hash.setText(Hashes.sha256Hex(file));
            setMessage("SHA-256 of " + file.getFileName() + " (" + java.nio.file.Files.size(file) + " bytes).");
        } catch (IOException e) {
            setErrorMessage("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Asks for text (what the page said, copied) and puts the SHA-256 of its UTF-8 bytes in the field. */
    private void hashPasted() {
        PastedTextDialog pasted = new PastedTextDialog(getShell());
        if (pasted.open() == OK) {
            hashOfText(pasted.text());
        }
    }

    /** Puts the SHA-256 of the UTF-8 bytes of {@code text} in the field. */
    public void hashOfText(String text) {
        hash.setText(Hashes.sha256Hex(text));
        setMessage("SHA-256 of the pasted text (" + text.codePointCount(0, text.length()) + " characters, UTF-8).");
    }

    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        validate();
        return contents;
    }

    /** The problem with what is typed, or null. */
    private String problem() {
        String address = url.getText().strip();
        if (!address.isEmpty()) {
            try {
                java.net.URI uri = new java.net.URI(address);
                if (uri.getScheme() == null) {
                    return "“" + address + "” is not an address: write it with its scheme, e.g. https://…";
                }
            } catch (java.net.URISyntaxException e) {
                return "“" + address + "” is not an address (" + e.getReason() + ").";
            }
        }
        if (!retrieved.getText().isBlank() && parseRetrieved(retrieved.getText()) == null) {
            return "“" + retrieved.getText().strip() + "” is not a date (yyyy-mm-dd) or a time (2022-10-05T08:30:00Z).";
        }
        if (!hash.getText().isBlank() && !Hashes.isSha256Hex(hash.getText().strip())) {
            return "A SHA-256 is 64 hexadecimal digits; compute it from a file or pasted text, or leave it empty.";
        }
        boolean quoted = edited != null && edited.getSpan() != null;
        if (!quoted && address.isEmpty() && source.getSelectionIndex() <= 0 && note.getText().isBlank()) {
            return "Give an address, a source or a note: what is the evidence?";
        }
        return null;
    }

    private void validate() {
        String problem = problem();
        // nothing typed yet is no error: say what is wanted, and keep OK disabled
        boolean empty = problem != null && problem.startsWith("Give an address");
        setErrorMessage(empty ? null : problem);
        if (empty) {
            setMessage(purpose() + " Give at least an address, a source or a note.");
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    /** A date (taken as midnight UTC) or an ISO instant; null if it is neither. */
    static Instant parseRetrieved(String text) {
        String t = text.strip();
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Map<EStructuralFeature, Object> values() {
        Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
        values.put(Literals.EVIDENCE__STANCE, Stance.get(stance.getSelectionIndex()));
        values.put(Literals.EVIDENCE__URL, blankToNull(url.getText()));
        values.put(Literals.EVIDENCE__SOURCE, source.getSelectionIndex() <= 0 ? null : sources.get(source.getSelectionIndex() - 1));
        values.put(Literals.EVIDENCE__RETRIEVED, retrieved.getText().isBlank() ? null : parseRetrieved(retrieved.getText()));
        String h = blankToNull(hash.getText());
        values.put(Literals.EVIDENCE__CONTENT_SHA256, h == null ? null : h.toLowerCase(Locale.ROOT));
        values.put(Literals.EVIDENCE__NOTE, blankToNull(note.getText()));
        return values;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            return;
        }
        Map<EStructuralFeature, Object> values = values();
        if (edited == null) {
            Evidence evidence = CaseFactory.eINSTANCE.createEvidence();
            values.forEach(evidence::eSet);
            result = evidence;
            command = AddCommand.create(session.domain(), claim, Literals.CLAIM__EVIDENCE, evidence);
        } else {
            CompoundCommand edits = new CompoundCommand("Edit Evidence");
            values.forEach((feature, value) -> {
                if (!Objects.equals(edited.eGet(feature), value)) {
                    edits.append(SetCommand.create(session.domain(), edited, feature, value));
                }
            });
            result = edited;
            command = edits.isEmpty() ? null : edits;
        }
        super.okPressed();
    }

    /** After OK: the command that adds or changes the evidence; null if nothing changed or the dialog was cancelled. */
    public Command command() {
        return command;
    }

    /** After OK: the evidence added or edited. */
    public Evidence evidence() {
        return result;
    }

    /** The fields, for tests: stance, address, source, retrieved, SHA-256, note. */
    public List<Control> fields() {
        return List.of(stance, url, source, retrieved, hash, note);
    }
}
