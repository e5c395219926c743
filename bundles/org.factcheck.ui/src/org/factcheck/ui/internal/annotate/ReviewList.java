package org.factcheck.ui.internal.annotate;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.TextSpan;

/**
 * The spans of the article that re-anchoring could not place exactly: orphans (their words are gone or ambiguous)
 * and fuzzy matches (placed on similar words). Select an orphan, select the words it belongs to in the text and run
 * Re-attach Span (Ctrl+Shift+R); a fuzzy span is confirmed the same way.
 */
public final class ReviewList {

    private final Composite area;
    private final Label heading;
    private final TableViewer table;
    private List<TextSpan> items = List.of();

    ReviewList(Composite parent, DocumentEditor editor) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 4).applyTo(area);
        heading = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        table = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Status", 90, span -> span.getAnchorStatus() == AnchorStatus.ORPHANED ? "orphaned" : "approximate");
        column("Quote", 420, span -> ClaimText.quoted(span.getExact(), 120));
        column("Attached to", 320, span -> {
            Claim owner = editor.roles().ownerOf(span);
            return owner == null ? (span.getNote() == null ? "" : "Note: " + span.getNote()) : ClaimText.oneLine(owner);
        });
        table.addOpenListener(e -> {
            TextSpan span = selected();
            if (span != null && span.getAnchorStatus() != AnchorStatus.ORPHANED) {
                editor.select(span);
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
    }

    private void column(String title, int width, java.util.function.Function<TextSpan, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((TextSpan) o)));
    }

    void show(Document document) {
        items = document.getAnnotations().stream().filter(s -> s.getAnchorStatus() == AnchorStatus.ORPHANED
                || s.getAnchorStatus() == AnchorStatus.FUZZY).toList();
        long orphans = items.stream().filter(s -> s.getAnchorStatus() == AnchorStatus.ORPHANED).count();
        heading.setText("To review after re-import: " + orphans + " orphaned, " + (items.size() - orphans)
                + " placed approximately. Select one, select its words in the text, then Re-attach Span (Ctrl+Shift+R).");
        TextSpan keep = selected();
        table.setInput(items);
        if (keep != null && items.contains(keep)) {
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(keep));
        } else if (!items.isEmpty()) {
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(items.get(0)));
        }
        area.layout(true);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** The span chosen for re-attaching, or {@code null}. */
    public TextSpan selected() {
        return (TextSpan) table.getStructuredSelection().getFirstElement();
    }

    public TableViewer table() {
        return table;
    }

    public List<TextSpan> items() {
        return items;
    }
}
