package org.factcheck.ui.internal.annotate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.core.detectors.ClaimDetectors;
import org.factcheck.core.detectors.ClaimSuggestion;
import org.factcheck.core.detectors.DetectedSuggestion;
import org.factcheck.core.internal.suggestions.CaseSuggestions;
import org.factcheck.core.text.CodePointIndex;
import org.factcheck.model.Actor;
import org.factcheck.model.Document;
import org.factcheck.ui.cases.CaseChanges;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.annotate.Annotator.Refusal;

/**
 * The claims the detectors suggest in the article being read: statement, speaker, kind, reason and score (click a
 * heading to sort), with Accept, Edit… and Dismiss. It follows the active document editor; the suggestions of each
 * article stay until it is suggested again. Selecting a row selects its words in the article. Undo and Redo act on the
 * case's command stack, as everywhere.
 */
public final class SuggestionsView extends ViewPart {

    public static final String ID = "org.factcheck.ui.suggestionsView";

    private static final String[] TITLES = { "Statement", "Speaker", "Kind", "Reason", "Score" };

    private Document document;
    private CaseSession session;
    private CLabel message;
    private TableViewer table;
    private Button accept;
    private Button edit;
    private Button dismiss;
    private StackActions stackActions;
    private int sortColumn = -1;
    private boolean ascending = true;
    private final java.util.function.Consumer<Document> boardListener = d -> {
        if (d == document) {
            refresh();
        }
    };
    private final CaseChanges.Listener changeListener = this::caseChanged;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof DocumentEditor editor) {
                show(editor.document());
            }
        }
    };
    private final CaseSessions.Listener sessionListener = new CaseSessions.Listener() {
        @Override
        public void closed(CaseSession closed) {
            if (closed == session) {
                show(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(area);
        message = new CLabel(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(message);
        table = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(table.getControl());
        column(0, 420, s -> CaseSuggestions.statement(document, s.suggestion()));
        column(1, 150, this::speaker);
        column(2, 90, s -> CaseSuggestions.word(s.suggestion().kind()));
        column(3, 260, s -> s.suggestion().reason() == null ? "" : s.suggestion().reason());
        column(4, 60, s -> String.format(Locale.ROOT, "%.2f", s.suggestion().score()));
        table.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer viewer, Object a, Object b) {
                return order().compare((DetectedSuggestion) a, (DetectedSuggestion) b);
            }
        });
        table.addSelectionChangedListener(e -> selectionChanged());
        table.addDoubleClickListener(e -> editSelected());
        accept = button(area, "&Accept", "Make the selected suggestions claims, with their words as appearance and "
                + "their speaker as claimant", this::acceptSelected);
        edit = button(area, "&Edit…", "Open the new-claim dialog filled in from the selected suggestion", this::editSelected);
        dismiss = button(area, "&Dismiss", "Hide the selected suggestions; they are remembered in the case and not "
                + "suggested again", this::dismissSelected);
        button(area, "Suggest A&gain", "Run the claim detectors on the article again", this::suggestAgain);
        getSite().setSelectionProvider(table);
        stackActions = new StackActions(getViewSite().getActionBars());
        getSite().getPage().addPartListener(partListener);
        CaseSessions.getDefault().addListener(sessionListener);
        SuggestionBoard.getDefault().addListener(boardListener);
        show(getSite().getPage().getActiveEditor() instanceof DocumentEditor editor ? editor.document() : null);
    }

    private void column(int index, int width, Function<DetectedSuggestion, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(TITLES[index]);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((DetectedSuggestion) element);
                return value == null ? "" : value.replace('\n', ' ');
            }
        });
        column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
    }

    private Button button(Composite parent, String label, String tip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Sorts by a column (0 statement … 4 score); the same column again reverses the order. */
    public void sortBy(int column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        table.getTable().setSortColumn(table.getTable().getColumn(column));
        table.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        table.refresh();
    }

    private Comparator<DetectedSuggestion> order() {
        Comparator<DetectedSuggestion> byPosition = Comparator.comparingInt(s -> s.suggestion().start());
        if (sortColumn < 0) {
            return byPosition;
        }
        Comparator<DetectedSuggestion> by = switch (sortColumn) {
        case 0 -> Comparator.comparing(s -> CaseSuggestions.statement(document, s.suggestion()), String.CASE_INSENSITIVE_ORDER);
        case 1 -> Comparator.comparing(this::speaker, String.CASE_INSENSITIVE_ORDER);
        case 2 -> Comparator.comparing(s -> s.suggestion().kind());
        case 3 -> Comparator.comparing(s -> s.suggestion().reason() == null ? "" : s.suggestion().reason());
        default -> Comparator.comparingDouble(s -> s.suggestion().score());
        };
        return (ascending ? by : by.reversed()).thenComparing(byPosition);
    }

    private String speaker(DetectedSuggestion s) {
        Actor actor = session == null ? null : CaseSuggestions.speaker(session.caseFile(), s.suggestion()).orElse(null);
        if (actor != null) {
            return actor.getName();
        }
        String name = s.suggestion().speakerName();
        return name == null ? "" : CaseSuggestions.looksLikeName(name) ? name + " (new)" : name;
    }

    /** Shows the suggestions of {@code shown} (an article of an open case), or nothing. */
    public void show(Document shown) {
        CaseSession owner = shown == null ? null : CaseSessions.getDefault().of(shown).orElse(null);
        if (owner != session) {
            if (session != null) {
                session.changes().removeListener(changeListener);
            }
            session = owner;
            if (session != null) {
                session.changes().addListener(changeListener);
            }
            stackActions.setStack(session == null ? null : session.commandStack());
        }
        document = owner == null ? null : shown;
        refresh();
    }

    /** Says that suggestions are being looked for in {@code searched}. */
    void started(Document searched) {
        if (searched == document && !message.isDisposed()) {
            message.setText("Looking for claims in “" + title() + "”… (Cancel in the progress dialog or the Progress view)");
        }
    }

    private void caseChanged(List<Notification> changes) {
        if (document != null && document.eContainer() == null) {
            show(null); // the article was deleted
        } else {
            refresh();
        }
    }

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        List<DetectedSuggestion> rows = document == null ? List.of() : SuggestionBoard.getDefault().visible(document);
        table.setInput(rows);
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        SuggestionBoard.Run run = document == null ? null : SuggestionBoard.getDefault().run(document).orElse(null);
        if (document == null) {
            message.setText("Open an article and choose Annotate › Suggest Claims.");
            message.setImage(null);
        } else if (run == null) {
            message.setText("No suggestions yet for “" + title() + "”: choose Annotate › Suggest Claims (Ctrl+Shift+G).");
            message.setImage(null);
        } else if (!run.text().equals(document.getText() == null ? "" : document.getText())) {
            message.setText("The text of “" + title() + "” changed since the last run (a new version was imported): "
                    + "choose Suggest Again.");
            message.setImage(images.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
        } else if (!run.failures().isEmpty()) {
            message.setText(String.join(" ", run.failures()) + " " + rows.size() + " suggestions from the others.");
            message.setImage(images.getImage(ISharedImages.IMG_OBJS_WARN_TSK));
        } else {
            message.setText(rows.size() + (rows.size() == 1 ? " suggestion" : " suggestions") + " in “" + title() + "”"
                    + (run.canceled() ? " (canceled before all detectors had run)" : "") + " by "
                    + (run.detectors().isEmpty() ? "no detector" : String.join(", ", run.detectors())) + ".");
            message.setImage(images.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
        }
        message.setToolTipText(message.getText());
        selectionChanged();
    }

    private String title() {
        return ClaimText.shorten(document.getTitle() == null ? "Untitled article" : document.getTitle(), 60);
    }

    /** The line above the list: how many suggestions, by which detectors, or which detector failed. */
    public String message() {
        return message.getText();
    }

    /** The suggestions listed now, in the table's order. */
    public List<DetectedSuggestion> shown() {
        int n = table.getTable().getItemCount();
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> (DetectedSuggestion) table.getElementAt(i)).toList();
    }

    public void select(List<DetectedSuggestion> suggestions) {
        table.setSelection(new StructuredSelection(suggestions), true);
    }

    private List<DetectedSuggestion> selected() {
        return ((IStructuredSelection) table.getSelection()).toList().stream().map(DetectedSuggestion.class::cast).toList();
    }

    private void selectionChanged() {
        List<DetectedSuggestion> selected = selected();
        accept.setEnabled(!selected.isEmpty());
        edit.setEnabled(selected.size() == 1);
        dismiss.setEnabled(!selected.isEmpty());
        if (selected.size() == 1 && getSite().getPage().getActiveEditor() instanceof DocumentEditor editor
                && editor.document() == document) {
            CodePointIndex index = CodePointIndex.of(document.getText());
            ClaimSuggestion s = selected.get(0).suggestion();
            int from = index.toCharIndex(s.start());
            int length = index.toCharIndex(s.end()) - from;
            editor.viewer().setSelectedRange(from, length);
            editor.viewer().revealRange(from, length);
        }
    }

    /** Accepts the selected suggestions as one command ("Accept Suggestion", "Accept 3 Suggestions"). */
    public void acceptSelected() {
        List<ClaimSuggestion> selected = selected().stream().map(DetectedSuggestion::suggestion).toList();
        if (!selected.isEmpty()) {
            guarded(() -> SuggestionActions.acceptAll(session, document, selected));
        }
    }

    /** Opens the new-claim dialog for the selected suggestion. */
    public void editSelected() {
        List<DetectedSuggestion> selected = selected();
        if (selected.size() == 1) {
            guarded(() -> SuggestionActions.edit(getSite().getShell(), session, document, selected.get(0).suggestion()));
        }
    }

    /** Dismisses the selected suggestions as one command. */
    public void dismissSelected() {
        List<ClaimSuggestion> selected = selected().stream().map(DetectedSuggestion::suggestion).toList();
        if (!selected.isEmpty()) {
            guarded(() -> {
                SuggestionActions.dismiss(session, document, selected);
                return Boolean.TRUE;
            });
        }
    }

    private void suggestAgain() {
        if (document != null) {
            SuggestClaimsHandler.suggest(getSite().getPage(), getSite().getShell(), document, ClaimDetectors.getDefault());
        }
    }

    private interface Step<T> {
        T run() throws Refusal;
    }

    private <T> T guarded(Step<T> step) {
        try {
            return step.run();
        } catch (Refusal refusal) {
            MessageDialog.openInformation(getSite().getShell(), "Suggestion not taken over", refusal.getMessage());
            return null;
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        CaseSessions.getDefault().removeListener(sessionListener);
        SuggestionBoard.getDefault().removeListener(boardListener);
        if (session != null) {
            session.changes().removeListener(changeListener);
        }
        stackActions.setStack(null);
        super.dispose();
    }
}
