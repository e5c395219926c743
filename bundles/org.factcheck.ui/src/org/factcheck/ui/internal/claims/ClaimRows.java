package org.factcheck.ui.internal.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TableItem;
import org.factcheck.model.Claim;

/**
 * The rows of the Claims view's virtual table: the claims that pass the filter, in the chosen order, kept here, so
 * that the table creates and renders only the rows it shows (a case of 20,000 claims opens, sorts and filters
 * without rendering 20,000 rows). After an edit, one claim's row is removed, inserted at its place in the order or
 * relabelled, rendering at most that row.
 * <p>
 * JFace's own virtual mode cannot do the last part with a sorted list (it appends added rows at the end, and finds
 * rows through items that may not be rendered yet), so the rows are placed here, through {@link Table}.
 */
final class ClaimRows implements ILazyContentProvider {

    /** The table viewer, with access to the item bookkeeping the row-by-row changes need. */
    static final class Table extends TableViewer {

        Table(Composite parent, int style) {
            super(parent, style | SWT.VIRTUAL);
            setUseHashlookup(true);
        }

        /** Removes the row at {@code index}, forgetting the claim it showed. */
        void removeRow(int index) {
            Item item = doGetItem(index);
            if (item.getData() != null) {
                disassociate(item);
            }
            doRemove(index, index);
        }

        /** Makes an empty row at {@code index}; the table asks for its claim when it shows it. */
        void insertRow(int index) {
            new TableItem(getTable(), SWT.NONE, index);
        }
    }

    private final Table viewer;
    private final Predicate<Claim> filter;
    private Comparator<Claim> order;
    private List<Claim> all = List.of();
    private List<Claim> rows = new ArrayList<>();
    /** Claims that were selected when they left the shown rows (deleted, or undone); selected again if they return. */
    private final java.util.Set<Claim> leftSelected = Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ClaimRows(Table viewer, Predicate<Claim> filter, Comparator<Claim> order) {
        this.viewer = viewer;
        this.filter = filter;
        this.order = order;
    }

    @Override
    public void updateElement(int index) {
        if (index < rows.size()) {
            viewer.replace(rows.get(index), index);
        }
    }

    @Override
    public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        // the claims are given through setClaims
    }

    /** Shows these claims (the case's live list), filtered and sorted. */
    void setClaims(List<Claim> claims) {
        all = claims;
        leftSelected.clear();
        rebuild();
    }

    /** Sorts in another order. */
    void setOrder(Comparator<Claim> newOrder) {
        order = newOrder;
        rebuild();
    }

    /** Filters and sorts every claim again; the table renders again only the rows it shows. */
    void rebuild() {
        List<Claim> next = new ArrayList<>();
        for (Claim claim : all) {
            if (filter.test(claim)) {
                next.add(claim);
            }
        }
        next.sort(order);
        rows = next;
        viewer.setItemCount(rows.size());
        viewer.getTable().clearAll();
    }

    /** @return the claims shown, in the order of the rows */
    List<Claim> claims() {
        return Collections.unmodifiableList(rows);
    }

    /**
     * Brings the row of one claim up to date: removes it, inserts it at its place, moves it or relabels it.
     *
     * @param claim  a claim that changed, was added or was removed
     * @param wanted whether it should be shown (in the case and passing the filter)
     */
    void changed(Claim claim, boolean wanted) {
        int at = rows.indexOf(claim);
        if (at >= 0 && wanted && inPlace(at, claim)) {
            TableItem item = viewer.getTable().getItem(at);
            if (item.getData() == claim) {
                viewer.update(claim, null);
            } else {
                viewer.getTable().clear(at); // rendered when it is shown
            }
            return;
        }
        List<?> selected = at >= 0 ? viewer.getStructuredSelection().toList() : List.of();
        if (at >= 0) {
            rows.remove(at);
            viewer.removeRow(at);
        }
        if (wanted) {
            int place = Collections.binarySearch(rows, claim, order);
            place = place >= 0 ? place : -place - 1;
            rows.add(place, claim);
            viewer.insertRow(place);
            if (selected.contains(claim)) {
                select(List.of(claim), false);
            } else if (leftSelected.remove(claim)) {
                // back in the case (an Undo of its deletion, a Redo of its creation): selected again, as it was
                List<Claim> again = new ArrayList<>();
                viewer.getStructuredSelection().toList().forEach(o -> again.add((Claim) o));
                again.add(claim);
                select(again, false);
            }
        } else if (selected.contains(claim)) {
            // its row went: no other row may stay highlighted in its place, and the views that follow are told
            leftSelected.add(claim);
            List<Claim> rest = new ArrayList<>();
            selected.stream().filter(o -> o != claim).forEach(o -> rest.add((Claim) o));
            select(rest, false);
        }
    }

    private boolean inPlace(int at, Claim claim) {
        return (at == 0 || order.compare(rows.get(at - 1), claim) <= 0)
                && (at == rows.size() - 1 || order.compare(claim, rows.get(at + 1)) <= 0);
    }

    /**
     * Selects claims, rendering only their rows (JFace would render every row up to each one to find it).
     *
     * @param claims the claims; those not shown are left out
     * @param reveal whether to scroll to the first
     */
    void select(List<Claim> claims, boolean reveal) {
        List<Claim> shown = new ArrayList<>();
        for (Claim claim : claims) {
            TableItem item = item(claim);
            if (item != null) {
                shown.add(claim);
            }
        }
        viewer.setSelection(new StructuredSelection(shown), reveal);
    }

    /** @return the row of a claim, rendered, or {@code null} if it is not shown */
    TableItem item(Claim claim) {
        int at = rows.indexOf(claim);
        if (at < 0) {
            return null;
        }
        TableItem item = viewer.getTable().getItem(at);
        if (item.getData() != claim) {
            viewer.replace(claim, at);
        }
        return item;
    }
}
