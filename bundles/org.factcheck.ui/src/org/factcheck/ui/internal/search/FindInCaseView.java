package org.factcheck.ui.internal.search;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.core.search.CaseSearch;
import org.factcheck.core.search.CaseSearch.Hit;
import org.factcheck.model.Actor;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Source;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.annotate.DocumentEditor;
import org.factcheck.ui.internal.claims.ClaimEditor;
import org.factcheck.ui.internal.editor.CaseLabels;

/**
 * Edit › Find in Case… (Ctrl+H): words searched in every document, claim, explanation, evidence and span note,
 * source and person of the case being worked on; the hits in a list, each opening where it is — the article with the
 * words selected, the claim's editor, or the person's or source's dialog. Enter in the field searches again (the
 * case may have changed); the list is not kept up to date by itself.
 */
public final class FindInCaseView extends ViewPart {

    public static final String ID = "org.factcheck.ui.findInCaseView";
    /** The most hits listed: a search for "the" in a large case stops there, and says so. */
    static final int LIMIT = 1000;

    private Text query;
    private Label summary;
    private TableViewer results;
    private CaseSession searched;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label label = new Label(area, SWT.NONE);
        label.setText("&Find:");
        query = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        query.setMessage("words in articles, claims, explanations, notes, names — Enter to search");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addListener(SWT.DefaultSelection, e -> search());
        summary = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(summary);
        results = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        results.getTable().setHeaderVisible(true);
        results.getTable().setLinesVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        column("In", 260, hit -> where(hit));
        column("Found", 520, Hit::context);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(results.getControl());
        results.addOpenListener(event -> open((Hit) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        getSite().setSelectionProvider(results);
        summary.setText("Type words and press Enter.");
    }

    private void column(String title, int width, java.util.function.Function<Hit, String> text) {
        TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Hit) element);
            }
        });
    }

    /** "Article “Kremlin vows…” (text)", "Claim “We will continue…” (explanation)". */
    static String where(Hit hit) {
        EObject element = hit.element();
        String kind = element instanceof Document ? "Article" : element instanceof Claim ? "Claim"
                : element instanceof Evidence ? "Evidence of" : element instanceof TextSpan ? "Span" : element instanceof Source
                        ? "Source" : element instanceof Actor ? "Person" : "";
        Object named = element instanceof Evidence e ? e.getClaim() : element;
        String label = named instanceof Claim c ? "“" + shorten(c.getStatement()) + "”" : CaseLabels.text(named);
        return kind + " " + shorten(label) + " (" + hit.field() + ")";
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= 50 ? t : t.substring(0, 49) + "…";
    }

    /** Searches the case of the active editor (or the only open case) for the field's words. */
    public void search() {
        searched = CaseSessions.of(getSite().getPage().getActiveEditor()).orElse(
                CaseSessions.getDefault().all().isEmpty() ? null : CaseSessions.getDefault().all().get(0));
        if (searched == null) {
            results.setInput(List.of());
            summary.setText("No case is open.");
            return;
        }
        List<Hit> hits = CaseSearch.find(searched.caseFile(), query.getText(), LIMIT);
        results.setInput(hits);
        String title = searched.caseFile().getTitle();
        summary.setText(hits.isEmpty() ? "Nothing found in " + title + "."
                : (hits.size() >= LIMIT ? "The first " + LIMIT : String.valueOf(hits.size())) + (hits.size() == 1
                        ? " place" : " places") + " in " + title + ". Double-click or Enter to open one.");
        summary.getParent().layout();
    }

    /** Opens where {@code hit} is: the article with the words selected, the claim, the span, the dialog of a name. */
    public void open(Hit hit) {
        if (hit == null || searched == null) {
            return;
        }
        EObject element = hit.element();
        var page = getSite().getPage();
        try {
            if (element instanceof Document document && hit.field().equals("text")) {
                DocumentEditor.open(page, searched, document).selectChars(hit.start(), hit.end());
            } else if (element instanceof Document document) {
                DocumentEditor.open(page, searched, document);
            } else if (element instanceof Claim claim) {
                ClaimEditor.open(page, searched, claim);
            } else if (element instanceof Evidence evidence && evidence.getClaim() != null) {
                ClaimEditor.open(page, searched, evidence.getClaim());
            } else if (element instanceof TextSpan span && span.getDocument() != null) {
                DocumentEditor.open(page, searched, span.getDocument()).select(span);
            } else if (element instanceof Actor || element instanceof Source) {
                new org.factcheck.ui.internal.names.NameActions(searched, getSite().getShell(), o -> {
                }).edit(element);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open", e.getMessage());
        }
    }

    /** Puts {@code words} in the field and searches (for tests, and for the command with a selection). */
    public void search(String words) {
        query.setText(words);
        search();
    }

    public TableViewer results() {
        return results;
    }

    @Override
    public void setFocus() {
        query.setFocus();
        query.selectAll();
    }
}
