package org.factcheck.ui.internal.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Evidence;
import org.factcheck.model.Rating;
import org.factcheck.model.Tag;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.cases.CaseChanges;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.annotate.StackActions;

/**
 * All claims of the case being worked on (the case of the active editor): statement, claimant, date, verdict in its
 * colour, status, number of appearances and evidence, tags. Click a heading to sort; filter by words, claimant,
 * verdict and tag; Enter or double-click opens the claim. Selecting a claim, span or evidence anywhere selects its
 * claim here.
 */
public final class ClaimsView extends ViewPart {

    public static final String ID = "org.factcheck.ui.claimsView";

    private CaseSession session;
    private ClaimRows.Table table;
    private ClaimRows rows;
    private Label count;
    private Text words;
    private Combo claimants;
    private Combo verdicts;
    private Combo tags;
    private final ClaimsFilter filter = new ClaimsFilter();
    private ClaimColumns sortBy = ClaimColumns.DATE;
    private boolean ascending = true;
    private StackActions stackActions;
    private RatingColors colors;
    private final List<Object> claimantChoices = new ArrayList<>();
    private final List<Object> verdictChoices = new ArrayList<>();
    private final List<Object> tagChoices = new ArrayList<>();
    private final CaseChanges.Listener changeListener = this::caseChanged;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final CaseSessions.Listener sessionListener = new CaseSessions.Listener() {
        @Override
        public void closed(CaseSession closed) {
            if (closed == session) {
                setSession(null);
            }
        }
    };
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            CaseSessions.of(ref.getPart(false)).ifPresent(ClaimsView.this::setSession);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).applyTo(area);
        words = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        words.setMessage("Filter: words of statement, claimant, verdict or tag");
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(words);
        words.addModifyListener(e -> {
            filter.words = words.getText();
            refresh();
        });
        claimants = combo(area);
        verdicts = combo(area);
        tags = combo(area);
        count = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(count);

        table = new ClaimRows.Table(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table.getControl());
        rows = new ClaimRows(table, filter::matches, order());
        table.setContentProvider(rows); // virtual: only the rows shown are rendered
        colors = new RatingColors(table.getControl());
        for (ClaimColumns column : ClaimColumns.values()) {
            addColumn(column);
        }
        table.addOpenListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        getSite().setSelectionProvider(table);
        stackActions = new StackActions(getViewSite().getActionBars());
        getSite().getPage().addPartListener(partListener);
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
        CaseSessions.getDefault().addListener(sessionListener);
        CaseSession initial = CaseSessions.of(getSite().getPage().getActiveEditor()).orElse(null);
        setSession(initial != null ? initial
                : CaseSessions.getDefault().all().stream().reduce((first, second) -> second).orElse(null));
    }

    private Combo combo(Composite area) {
        Combo combo = new Combo(area, SWT.READ_ONLY);
        combo.addModifyListener(e -> filtersChosen());
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(combo);
        return combo;
    }

    private void addColumn(ClaimColumns column) {
        TableViewerColumn viewerColumn = new TableViewerColumn(table, SWT.NONE);
        viewerColumn.getColumn().setText(column.title);
        viewerColumn.getColumn().setWidth(column.width);
        viewerColumn.getColumn().setMoveable(true);
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return column.text.apply((Claim) element);
            }

            @Override
            public Color getBackground(Object element) {
                return column == ClaimColumns.VERDICT ? colors.background(((Claim) element).getVerdict()) : null;
            }

            @Override
            public Color getForeground(Object element) {
                return column == ClaimColumns.VERDICT ? colors.foreground(((Claim) element).getVerdict()) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return column == ClaimColumns.STATEMENT ? ((Claim) element).getStatement() : null;
            }
        });
        viewerColumn.getColumn().addListener(SWT.Selection, e -> sortBy(column));
    }

    /** Sorts by {@code column}; choosing the same column again reverses the order. */
    public void sortBy(ClaimColumns column) {
        ascending = column != sortBy || !ascending;
        sortBy = column;
        table.getTable().setSortColumn(table.getTable().getColumn(column.ordinal()));
        table.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        rows.setOrder(order());
        updateCount();
    }

    /** @return the order of the rows: the chosen column's, ascending or descending */
    public java.util.Comparator<Claim> order() {
        return ascending ? sortBy.order : sortBy.order.reversed();
    }

    /** Shows the claims of {@code newSession} (or nothing). */
    public void setSession(CaseSession newSession) {
        if (newSession == session || table == null || table.getControl().isDisposed()) {
            return;
        }
        if (session != null) {
            session.changes().removeListener(changeListener);
        }
        session = newSession;
        stackActions.setStack(session == null ? null : session.commandStack());
        if (session != null) {
            session.changes().addListener(changeListener);
        }
        boolean hadSelection = !table.getSelection().isEmpty();
        table.setInput(session == null ? List.of() : session.caseFile());
        fillChoices();
        rows.setClaims(session == null ? List.of() : session.caseFile().getClaims());
        updateCount();
        if (hadSelection) {
            // the rows went with the case; Properties and the other views must not go on showing one of them
            table.setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        }
    }

    /**
     * Updates the rows of the claims that changed (added, removed, edited, or whose evidence or appearances
     * changed); only a change to people, ratings or tags fills the filter choices again and relabels every row.
     */
    private void caseChanged(List<Notification> changes) {
        if (table.getControl().isDisposed() || session == null) {
            return;
        }
        RowChanges<Claim> changed = RowChanges.claims(session.caseFile(), changes);
        if (changed.choices) {
            fillChoices();
            refresh();
            return;
        }
        for (Claim claim : changed.rows) {
            updateRow(claim);
        }
        updateCount();
    }

    /** Adds, removes, moves or relabels the row of one claim, as the filter and the sort order now want it. */
    private void updateRow(Claim claim) {
        rows.changed(claim, claim.eContainer() == session.caseFile() && filter.matches(claim));
    }

    private void fillChoices() {
        CaseFile caseFile = session == null ? null : session.caseFile();
        fill(claimants, claimantChoices, "Any claimant", caseFile == null ? List.of() : caseFile.getActors(), null);
        fill(verdicts, verdictChoices, "Any verdict", caseFile == null || caseFile.getRatingScale() == null ? List.of()
                : caseFile.getRatingScale().getRatings(), "No verdict yet");
        fill(tags, tagChoices, "Any tag", caseFile == null ? List.of() : caseFile.getTags(), null);
    }

    private static void fill(Combo combo, List<Object> choices, String any, List<?> objects, String extra) {
        Object chosen = combo.getSelectionIndex() > 0 ? choices.get(combo.getSelectionIndex()) : null;
        choices.clear();
        choices.add(null);
        List<String> items = new ArrayList<>(List.of(any));
        if (extra != null) {
            choices.add(extra);
            items.add(extra);
        }
        for (Object object : objects) {
            choices.add(object);
            items.add(object instanceof Actor a ? a.getName() : object instanceof Rating r ? r.getLabel() : ((Tag) object).getName());
        }
        combo.setItems(items.toArray(String[]::new));
        combo.select(Math.max(0, choices.indexOf(chosen)));
    }

    private void filtersChosen() {
        filter.claimant = (Actor) chosen(claimants, claimantChoices);
        Object verdict = chosen(verdicts, verdictChoices);
        filter.noVerdict = verdict instanceof String;
        filter.verdict = verdict instanceof Rating rating ? rating : null;
        filter.tag = (Tag) chosen(tags, tagChoices);
        refresh();
    }

    private static Object chosen(Combo combo, List<Object> choices) {
        int index = combo.getSelectionIndex();
        return index > 0 && index < choices.size() ? choices.get(index) : null;
    }

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        rows.rebuild();
        updateCount();
    }

    private void updateCount() {
        int all = session == null ? 0 : session.caseFile().getClaims().size();
        count.setText(table.getTable().getItemCount() + " of " + all + " claims");
        setContentDescription(session == null ? "No case is open." : session.caseFile().getTitle());
    }

    /** Selects the claim of what was selected in another part. */
    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || table == null || table.getControl().isDisposed()
                || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        List<Claim> claims = new ArrayList<>();
        Map<TextSpan, Claim> owners = ownersOf(structured.toList());
        for (Object element : structured.toList()) {
            Claim claim = element instanceof Claim c ? c : element instanceof Evidence e ? e.getClaim()
                    : element instanceof TextSpan span ? owners.get(span) : null;
            if (claim != null && session != null && claim.eContainer() == session.caseFile() && !claims.contains(claim)) {
                claims.add(claim);
            }
        }
        if (!claims.isEmpty() && !claims.equals(table.getStructuredSelection().toList())) {
            rows.select(claims, true);
        }
    }

    /**
     * The claim each span among {@code elements} belongs to: the first claim it is an appearance of or the evidence
     * of. One pass over the case for all of them (the editor's caret selects every span under it, in 1 MB articles
     * half a dozen, and it moves often).
     */
    private Map<TextSpan, Claim> ownersOf(List<?> elements) {
        Set<TextSpan> spans = new HashSet<>();
        elements.stream().filter(TextSpan.class::isInstance).map(TextSpan.class::cast).forEach(spans::add);
        Map<TextSpan, Claim> owners = new HashMap<>();
        if (session == null || spans.isEmpty()) {
            return owners;
        }
        for (Claim claim : session.caseFile().getClaims()) {
            for (TextSpan span : claim.getAppearances()) {
                if (spans.contains(span)) {
                    owners.putIfAbsent(span, claim);
                }
            }
            for (Evidence evidence : claim.getEvidence()) {
                if (evidence.getSpan() != null && spans.contains(evidence.getSpan())) {
                    owners.putIfAbsent(evidence.getSpan(), claim);
                }
            }
            if (owners.size() == spans.size()) {
                break;
            }
        }
        return owners;
    }

    private void open(Object element) {
        if (element instanceof Claim claim && session != null) {
            try {
                ClaimEditor.open(getSite().getPage(), session, claim);
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), "Cannot open the claim", e.getMessage());
            }
        }
    }

    public TableViewer table() {
        return table;
    }

    /** @return the claims in the rows, in their order (rendered or not) */
    public List<Claim> shownClaims() {
        return rows.claims();
    }

    /** @return the row of a claim, rendered, or {@code null} if the filter hides it */
    public org.eclipse.swt.widgets.TableItem row(Claim claim) {
        return rows.item(claim);
    }

    /** Selects claims as a selection elsewhere does, rendering only their rows. */
    public void select(List<Claim> claims) {
        rows.select(claims, true);
    }

    public Text wordsField() {
        return words;
    }

    public Combo claimantsField() {
        return claimants;
    }

    public Combo verdictsField() {
        return verdicts;
    }

    public Combo tagsField() {
        return tags;
    }

    public CaseSession session() {
        return session;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
            return type.cast(new org.factcheck.ui.cases.CasePropertySheetPage()); // Properties shows the selected row
        }
        return super.getAdapter(type);
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.changes().removeListener(changeListener);
        }
        stackActions.dispose();
        getSite().getPage().removePartListener(partListener);
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
        CaseSessions.getDefault().removeListener(sessionListener);
        super.dispose();
    }
}
