package org.factcheck.diagram.internal.analysis;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.core.analysis.AnalysisResult;
import org.factcheck.core.analysis.ArgumentLabel;
import org.factcheck.core.analysis.Finding;
import org.factcheck.core.checks.CheckResult;
import org.factcheck.diagram.internal.editor.ArgumentDiagramEditor;
import org.factcheck.diagram.internal.figures.DiagramStyle;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;

/**
 * The problems of the case being worked on, most serious first, kept up to date as the case changes: the findings
 * of the consistency analysis and the problems of the case checks (built-in and contributed, the same that
 * {@code factcheck validate} prints), with the checks that failed in this session. Selecting a problem selects its claims (the diagram and the article follow); double-clicking
 * it also brings the case's diagram (or its explorer) to the front with the claims selected.
 */
public final class ProblemsView extends ViewPart implements CaseAnalyses.Listener {

    public static final String ID = "org.factcheck.diagram.problemsView";
    private static final String NO_CASE = "Open a case to see the problems in its argument.";

    private TableViewer viewer;
    private Label summary;
    private CaseSession shown;
    private List<Finding> findings = List.of();
    private AnalysisResult analysis;
    private CheckResult checks;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part != ProblemsView.this) {
                CaseSessions.of(part).ifPresent(ProblemsView.this::show);
            }
        }
    };

    private final CaseSessions.Listener sessionListener = new CaseSessions.Listener() {
        @Override
        public void closed(CaseSession session) {
            if (session == shown && viewer != null && !viewer.getControl().isDisposed()) {
                // the problems of a closed case are gone with it: show those of a case still open, or none
                CaseAnalyses.forget(session, ProblemsView.this);
                shown = null;
                viewer.setInput(List.of());
                summary.setText(NO_CASE);
                CaseSessions.getDefault().all().stream().filter(s -> s != session).findFirst()
                        .ifPresent(ProblemsView.this::show);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        summary = new Label(area, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite tableArea = new Composite(area, SWT.NONE);
        tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        viewer = new TableViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(columns, "Severity", 12, row -> ProblemRows.words(ProblemRows.severity(row).name()),
                row -> DiagramStyle.colour(DiagramStyle.of(ProblemRows.severity(row))));
        column(columns, "Problem", 70, ProblemRows::message, row -> null);
        column(columns, "Kind", 18, ProblemRows::kind, row -> null);
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addDoubleClickListener(event -> reveal(claimsOf(event.getSelection())));
        getSite().setSelectionProvider(new FindingSelectionProvider(viewer));
        getSite().getPage().addPartListener(partListener);
        CaseSessions.getDefault().addListener(sessionListener);
        Optional<CaseSession> initial = CaseSessions.of(getSite().getPage().getActiveEditor());
        show(initial.orElse(CaseSessions.getDefault().all().isEmpty() ? null : CaseSessions.getDefault().all().get(0)));
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Object, String> text,
            java.util.function.Function<Object, Color> colour) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getForeground(Object element) {
                return colour.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Finding finding ? tooltip(finding) : ProblemRows.message(element);
            }
        });
    }

    /** Shows the problems of a case (or none) and follows its changes. */
    public void show(CaseSession session) {
        if (session == shown) {
            return;
        }
        if (shown != null) {
            CaseAnalyses.forget(shown, this);
        }
        shown = session;
        checks = null;
        analysis = null;
        if (session == null) {
            viewer.setInput(List.of());
            summary.setText(NO_CASE);
            return;
        }
        CaseAnalyses analyses = CaseAnalyses.of(session);
        analyses.addListener(this);
        findings = analyses.result().findings();
        analysed(session, analyses.result());
        CheckResult known = analyses.knownChecks();
        if (known != null) {
            checked(session, known);
        } else {
            analyses.requestChecks(); // in the background; tells this view when the checks are done
        }
    }

    /** @return the case shown */
    public CaseSession shownCase() {
        return shown;
    }

    /** @return the table, for tests */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void analysed(CaseSession session, AnalysisResult result) {
        if (session != shown || viewer.getControl().isDisposed()) {
            return;
        }
        findings = result.findings();
        analysis = result;
        refresh(session);
    }

    @Override
    public boolean wantsChecks() {
        return true;
    }

    @Override
    public void checked(CaseSession session, CheckResult result) {
        if (session != shown || viewer.getControl().isDisposed()) {
            return;
        }
        if (checks != null && checks.problems().equals(result.problems()) && checks.failures().equals(result.failures())) {
            return; // the checks run after every change, mostly to find the same: no need to fill the table again
        }
        checks = result;
        refresh(session);
    }

    private void refresh(CaseSession session) {
        List<Object> rows = ProblemRows.of(findings, checks);
        viewer.setInput(rows);
        AnalysisResult result = analysis;
        summary.setText(session.caseFile().getTitle() + ": " + count(rows.size(), "problem")
                + (result == null ? "" : " · " + result.count(ArgumentLabel.IN) + " claims stand, "
                        + result.count(ArgumentLabel.OUT) + " fall, " + result.count(ArgumentLabel.UNDECIDED) + " undecided"
                        + argumentReading(result)));
        summary.getParent().layout();
    }

    /**
     * When the verdicts change the reading (a claim rated false cannot defeat another): how many would stand, fall
     * or stay undecided without them; "" when both readings agree.
     */
    static String argumentReading(AnalysisResult result) {
        if (result.argumentLabelling().equals(result.labelling())) {
            return "";
        }
        java.util.Map<ArgumentLabel, Long> counts = result.argumentLabelling().values().stream()
                .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()));
        return " (without the verdicts: " + counts.getOrDefault(ArgumentLabel.IN, 0L) + " stand, "
                + counts.getOrDefault(ArgumentLabel.OUT, 0L) + " fall, " + counts.getOrDefault(ArgumentLabel.UNDECIDED, 0L)
                + " undecided)";
    }

    /** A row's tooltip: the problem, then why each claim it concerns stands or falls. */
    public String tooltip(Finding finding) {
        StringBuilder text = new StringBuilder(finding.message());
        if (analysis != null) {
            for (org.factcheck.model.Claim claim : finding.claims()) {
                String statement = claim.getStatement() == null ? "" : claim.getStatement().strip();
                text.append("\n\n“").append(statement.length() <= 60 ? statement : statement.substring(0, 59) + "…")
                        .append("” — ").append(analysis.explanation(claim));
            }
        }
        return text.toString();
    }

    private static String count(int n, String noun) {
        return n == 0 ? "no " + noun + "s" : n == 1 ? "1 " + noun : n + " " + noun + "s";
    }

    private static List<Object> claimsOf(ISelection selection) {
        return ((IStructuredSelection) selection).toList().stream().flatMap(row -> ProblemRows.claims(row).stream())
                .distinct().map(Object.class::cast).toList();
    }

    /** Brings the case's diagram (or, without one, its explorer) to the front with {@code claims} selected. */
    public void reveal(List<Object> claims) {
        if (shown == null || claims.isEmpty()) {
            return;
        }
        IEditorPart target = null;
        for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            if (editor != null && CaseSessions.of(editor).orElse(null) == shown
                    && (target == null || editor instanceof ArgumentDiagramEditor)) {
                target = editor;
            }
        }
        if (target != null) {
            getSite().getPage().activate(target);
            target.getSite().getSelectionProvider().setSelection(new StructuredSelection(claims));
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        CaseSessions.getDefault().removeListener(sessionListener);
        if (shown != null) {
            CaseAnalyses.forget(shown, this);
        }
        super.dispose();
    }
}
