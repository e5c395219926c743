package org.factcheck.ui.internal.claims;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;
import org.factcheck.model.Evidence;
import org.factcheck.model.RelationKind;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.annotate.SubjectSelection;
import org.factcheck.ui.internal.annotate.CasePartEditor;
import org.factcheck.ui.internal.annotate.ClaimPickerDialog;
import org.factcheck.ui.internal.annotate.ClaimText;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.annotate.DocumentEditorContributor;
import org.factcheck.ui.internal.annotate.FieldUndo;

/**
 * The claim editor, a form: statement, claimant, date said, status; verdict from the case's rating scale and the
 * explanation; the appearances (each a link that opens its article at the quote), the evidence with stance and
 * quote, and the relations to other claims (links that open them). Every change is a command on the case's stack.
 */
public final class ClaimEditor extends CasePartEditor implements FieldUndo {

    public static final String ID = "org.factcheck.ui.claimEditor";

    private CaseSession session;
    private Claim claim;
    private FormToolkit toolkit;
    private ScrolledForm form;
    private ClaimForm fields;
    private Composite appearances;
    private Composite evidence;
    private Composite relations;

    /** Opens (or activates) the editor of {@code claim}, a claim of the open case {@code session}. */
    public static ClaimEditor open(IWorkbenchPage page, CaseSession session, Claim claim) throws PartInitException {
        return (ClaimEditor) page.openEditor(new ClaimEditorInput(session.file(), claim.getId(),
                ClaimText.shorten(claim.getStatement(), 40)), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ClaimEditorInput claimInput)) {
            throw new PartInitException("The claim editor opens claims of a case, not " + input.getName());
        }
        session = CaseSessions.getDefault().forFile(claimInput.caseFile()).orElseThrow(() -> new PartInitException(
                "The case " + claimInput.caseFile().getFileName() + " is not open. Open it first (File › Open Case…)."));
        claim = session.caseFile().getClaims().stream().filter(c -> claimInput.claimId().equals(c.getId())).findFirst()
                .orElseThrow(() -> new PartInitException("The claim is no longer in the case."));
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        attach(session);
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("Claim");
        toolkit.decorateFormHeading(form.getForm());
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.makeColumnsEqualWidth = true;
        form.getBody().setLayout(layout);
        fields = new ClaimForm(session, claim, form, () -> {
            if (getEditorSite().getActionBarContributor() instanceof DocumentEditorContributor contributor) {
                contributor.updateActions();
            }
        });
        getSite().setSelectionProvider(new SubjectSelection(claim)); // Properties and the views show the claim
        fields.createClaimFields(toolkit, section("Claim", "Who said what, when; where the check stands."));
        fields.createVerdictFields(toolkit, section("Verdict", "The rating from the case's scale and why."));
        appearances = section("Appearances", "Where the claim was made. Follow a link to read it in the article.");
        evidence = section("Evidence", "What supports or refutes the claim, or gives context.");
        relations = section("Relations", "How this claim stands to other claims.");
        update();
    }

    private Composite section(String title, String description) {
        Section section = toolkit.createSection(form.getBody(),
                ExpandableComposite.TITLE_BAR | Section.DESCRIPTION | ExpandableComposite.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().applyTo(client);
        section.setClient(client);
        section.setLayoutData(new org.eclipse.ui.forms.widgets.TableWrapData(org.eclipse.ui.forms.widgets.TableWrapData.FILL_GRAB));
        return client;
    }

    private void update() {
        form.setText("Claim: " + ClaimText.shorten(claim.getStatement(), 80));
        setPartName(ClaimText.shorten(claim.getStatement(), 40));
        fields.update();
        clear(appearances);
        for (TextSpan span : claim.getAppearances()) {
            String where = span.getDocument() == null ? "" : " — " + ClaimText.shorten(span.getDocument().getTitle(), 50);
            link(appearances, ClaimText.quoted(span.getExact(), 90) + where, () -> reveal(span));
        }
        if (claim.getAppearances().isEmpty()) {
            toolkit.createLabel(appearances, "None yet: select its words in an article and use Add as Appearance.");
        }
        clear(evidence);
        for (Evidence item : claim.getEvidence()) {
            link(evidence, evidenceLine(item), () -> {
                if (item.getSpan() != null) {
                    reveal(item.getSpan());
                } else {
                    editEvidence(item);
                }
            });
        }
        if (claim.getEvidence().isEmpty()) {
            toolkit.createLabel(evidence, "None yet: select words in an article and use Mark as Evidence, or add a web"
                    + " page or a source below.");
        }
        link(evidence, "Add evidence without a quote (a web page, a document, a source)…", this::addEvidence);
        clear(relations);
        for (ClaimRelation relation : session.caseFile().getRelations()) {
            Claim other = relation.getSource() == claim ? relation.getTarget()
                    : relation.getTarget() == claim ? relation.getSource() : null;
            if (other != null) {
                String kind = relation.getKind() == null ? "is related to"
                        : relation.getKind().getLabel() == null ? relation.getKind().getName() : relation.getKind().getLabel();
                String text = relation.getSource() == claim ? "This claim " + kind + " " + ClaimText.fullLine(other)
                        : ClaimText.fullLine(other) + " " + kind + " this claim";
                link(relations, text, () -> openClaim(other));
                if (relation.getRationale() != null && !relation.getRationale().isBlank()) {
                    toolkit.createLabel(relations, "      Why: " + relation.getRationale(), SWT.WRAP).setLayoutData(
                            GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).create());
                }
                link(relations, "      remove this relation", () -> execute(
                        org.eclipse.emf.edit.command.DeleteCommand.create(session.domain(), relation)));
            }
        }
        link(relations, "Add a relation to another claim…", this::addRelation);
        // the sections' new links must be laid out themselves: reflow alone keeps the old (now empty) layout
        form.getBody().layout(true, true);
        form.reflow(true);
    }

    /** "refutes: “quote” — TASS", or for evidence without a quote "refutes: https://… (retrieved 2022-10-06) — note". */
    static String evidenceLine(Evidence item) {
        String stance = item.getStance() == null ? "" : item.getStance().getLiteral().toLowerCase() + ": ";
        String source = item.getSource() == null ? "" : " — " + item.getSource().getName();
        if (item.getSpan() != null) {
            return stance + ClaimText.quoted(item.getSpan().getExact(), 90) + source;
        }
        StringBuilder line = new StringBuilder(stance);
        if (item.getUrl() != null) {
            line.append(ClaimText.shorten(item.getUrl(), 70));
        }
        if (item.getRetrieved() != null) {
            line.append(" (retrieved ").append(item.getRetrieved().atOffset(java.time.ZoneOffset.UTC).toLocalDate())
                    .append(item.getContentSha256() == null ? "" : ", SHA-256 " + item.getContentSha256().substring(0,
                            Math.min(12, item.getContentSha256().length())) + "…").append(')');
        }
        if (item.getNote() != null) {
            line.append(item.getUrl() == null ? "" : " — ").append(ClaimText.shorten(item.getNote(), 90));
        }
        return line.append(source).append("  (edit…)").toString();
    }

    /** Asks for evidence without a quote (address, source, stance, retrieved, hash, note) and adds it: one command. */
    public void addEvidence() {
        org.factcheck.ui.internal.evidence.EvidenceActions.add(getSite().getShell(), session, claim);
    }

    private void editEvidence(Evidence item) {
        org.factcheck.ui.internal.evidence.EvidenceActions.edit(getSite().getShell(), session, item);
    }

    private static void clear(Composite composite) {
        for (Control child : composite.getChildren()) {
            child.dispose();
        }
    }

    private void link(Composite parent, String text, Runnable action) {
        Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(link);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                action.run();
            }
        });
    }

    private void reveal(TextSpan span) {
        if (span == null || span.getDocument() == null) {
            return;
        }
        try {
            DocumentEditor.open(getSite().getPage(), session, span.getDocument()).select(span);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open the article", e.getMessage());
        }
    }

    private void openClaim(Claim other) {
        try {
            open(getSite().getPage(), session, other);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open the claim", e.getMessage());
        }
    }

    /**
     * Asks for the other claim, the kind and direction of the relation (this claim contradicts the other, or the
     * other contradicts this claim) and why; adds it as one command.
     */
    public void addRelation() {
        List<RelationKind> kinds = session.caseFile().getRelationKinds();
        List<Claim> others = session.caseFile().getClaims().stream().filter(c -> c != claim).toList();
        if (kinds.isEmpty() || others.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "No relation added", kinds.isEmpty()
                    ? "The case has no relation kinds (such as supports, contradicts). Nothing was changed."
                    : "The case has no other claim to relate this one to. Nothing was changed.");
            return;
        }
        // first every kind from this claim to the chosen one, then every kind from the chosen one to this claim
        List<String> labels = new java.util.ArrayList<>();
        kinds.forEach(k -> labels.add("This claim " + kindLabel(k) + " the chosen claim"));
        kinds.forEach(k -> labels.add("The chosen claim " + kindLabel(k) + " this claim"));
        ClaimPickerDialog dialog = new ClaimPickerDialog(getSite().getShell(), "Add Relation",
                "How does “" + ClaimText.shorten(claim.getStatement(), 60) + "” stand to another claim?", others, null,
                "&Relation:", labels.toArray(String[]::new), 0);
        dialog.askText("R&ationale:", "why (optional): the words that contradict, the fact that supports…");
        if (dialog.open() == Window.OK) {
            boolean outgoing = dialog.choice() < kinds.size();
            ClaimRelation relation = CaseFactory.eINSTANCE.createClaimRelation();
            relation.setKind(kinds.get(dialog.choice() % kinds.size()));
            relation.setSource(outgoing ? claim : dialog.claim());
            relation.setTarget(outgoing ? dialog.claim() : claim);
            relation.setRationale(dialog.text().isEmpty() ? null : dialog.text());
            relation.setAuthor(System.getProperty("user.name"));
            execute(AddCommand.create(session.domain(), session.caseFile(), CasePackage.Literals.CASE_FILE__RELATIONS,
                    relation));
        }
    }

    private static String kindLabel(RelationKind kind) {
        return kind.getLabel() == null ? kind.getName() : kind.getLabel();
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            session.commandStack().execute(command);
        }
    }

    @Override
    protected boolean isShowing() {
        return form != null && !form.isDisposed();
    }

    @Override
    protected void stackChanged() {
        if (claim.eContainer() != session.caseFile()) {
            getSite().getPage().closeEditor(this, false); // the claim was deleted (or its creation undone)
            return;
        }
        update();
    }

    @Override
    public boolean hasTyping() {
        return fields != null && fields.hasTyping();
    }

    @Override
    public void undoTyping() {
        fields.undoTyping();
    }

    public Claim claim() {
        return claim;
    }

    ClaimForm fields() {
        return fields;
    }

    public ScrolledForm form() {
        return form;
    }

    @Override
    public void setFocus() {
        fields.statementField().setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
