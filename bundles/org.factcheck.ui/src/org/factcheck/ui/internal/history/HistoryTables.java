package org.factcheck.ui.internal.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The History view's two tables: the commits (date, author, message, commit) and one commit's changes in words. */
final class HistoryTables {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private HistoryTables() {
    }

    /** @return a table of {@link CaseHistory.Entry} rows, a long message in full as its tooltip */
    static TableViewer commits(Composite parent) {
        TableViewer commits = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        commits.getTable().setHeaderVisible(true);
        commits.setContentProvider(ArrayContentProvider.getInstance());
        column(commits, "Date", 120, e -> WHEN.format(((CaseHistory.Entry) e).when()));
        column(commits, "Author", 110, e -> ((CaseHistory.Entry) e).author());
        column(commits, "Message", 260, e -> firstLine(((CaseHistory.Entry) e).message()));
        column(commits, "Commit", 70, e -> ((CaseHistory.Entry) e).shortId());
        ColumnViewerToolTipSupport.enableFor(commits);
        return commits;
    }

    /** @return a table of changes in words, one per row */
    static TableViewer changes(Composite parent) {
        TableViewer changes = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        changes.setContentProvider(ArrayContentProvider.getInstance());
        column(changes, "Change", 600, String::valueOf);
        ColumnViewerToolTipSupport.enableFor(changes);
        return changes;
    }

    private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply(element); // a long change or message in full
            }
        });
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
