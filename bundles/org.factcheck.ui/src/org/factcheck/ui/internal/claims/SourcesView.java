package org.factcheck.ui.internal.claims;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Reliability;
import org.factcheck.model.Source;
import org.factcheck.ui.cases.CaseChanges;
import org.factcheck.ui.cases.CaseSession;
import org.factcheck.ui.cases.CaseSessions;
import org.factcheck.ui.internal.annotate.StackActions;
import org.factcheck.ui.internal.names.NameActions;

/**
 * The sources of the case being worked on — outlets, agencies, official sources — with their kind, reliability
 * (coloured; edited in place: F2 or a click, then the arrow keys), how many articles and pieces of evidence come
 * from each, and the note on them. Changes are commands on the case's stack. The context menu creates, edits
 * (also by double-click) and merges sources.
 */
public final class SourcesView extends ViewPart {

    public static final String ID = "org.factcheck.ui.sourcesView";

    private CaseSession session;
    private TableViewer table;
    private StackActions stackActions;
    private final CaseChanges.Listener changeListener = this::caseChanged;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            CaseSessions.of(ref.getPart(false)).ifPresent(SourcesView.this::setSession);
        }
    };
    private final CaseSessions.Listener sessionListener = new CaseSessions.Listener() {
        @Override
        public void closed(CaseSession closed) {
            if (closed == session) {
                setSession(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setUseHashlookup(true);
        column("Source", 180, Source::getName);
        column("Kind", 110, s -> s.getKind() == null ? "" : words(s.getKind().getLiteral()));
        TableViewerColumn reliability = column("Reliability", 90,
                s -> s.getReliability() == null ? "" : words(s.getReliability().getLiteral()));
        reliability.setEditingSupport(new ReliabilityEditing());
        column("Articles", 70, s -> String.valueOf(session == null ? 0
                : session.caseFile().getDocuments().stream().filter(d -> d.getOutlet() == s).count()));
        column("Evidence", 70, s -> String.valueOf(session == null ? 0
                : session.caseFile().getClaims().stream().flatMap(c -> c.getEvidence().stream())
                        .filter(e -> e.getSource() == s).count()));
        column("Note", 420, Source::getNote);
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(table, new FocusCellOwnerDrawHighlighter(table));
        TableViewerEditor.create(table, focus, new ColumnViewerEditorActivationStrategy(table) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        getSite().setSelectionProvider(table);
        installMenu();
        stackActions = new StackActions(getViewSite().getActionBars());
        getSite().getPage().addPartListener(partListener);
        CaseSessions.getDefault().addListener(sessionListener);
        CaseSession initial = CaseSessions.of(getSite().getPage().getActiveEditor()).orElse(null);
        setSession(initial != null ? initial
                : CaseSessions.getDefault().all().stream().reduce((first, second) -> second).orElse(null));
    }

    /** New Source…, Edit…, Merge… (several selected) and Merge with Likely Duplicate, as in the case explorer. */
    private void installMenu() {
        org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager("#SourcesContext");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            if (session != null) {
                new NameActions(session, getSite().getShell(), this::reveal).fill(manager,
                        table.getStructuredSelection().toList(), List.of(Literals.SOURCE));
            }
        });
        table.getControl().setMenu(menu.createContextMenu(table.getControl()));
        table.addDoubleClickListener(event -> {
            Object first = table.getStructuredSelection().getFirstElement();
            if (session != null && first instanceof Source source) {
                new NameActions(session, getSite().getShell(), this::reveal).edit(source);
            }
        });
    }

    private void reveal(org.eclipse.emf.ecore.EObject object) {
        if (!table.getControl().isDisposed()) {
            table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(object), true);
        }
    }

    /** The actions of the context menu for the current selection (for tests). */
    public NameActions nameActions() {
        return session == null ? null : new NameActions(session, getSite().getShell(), this::reveal);
    }

    private TableViewerColumn column(String title, int width, Function<Source, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Source) element);
                return value == null ? "" : value;
            }

            @Override
            public Color getBackground(Object element) {
                return "Reliability".equals(title) ? reliabilityColor(((Source) element).getReliability()) : null;
            }
        });
        return column;
    }

    private Color reliabilityColor(Reliability reliability) {
        if (reliability == null) {
            return null;
        }
        int colour = switch (reliability) {
            case HIGH -> SWT.COLOR_GREEN;
            case MIXED -> SWT.COLOR_YELLOW;
            case LOW -> SWT.COLOR_RED;
            case UNKNOWN -> SWT.COLOR_WIDGET_BACKGROUND;
        };
        return reliability == Reliability.UNKNOWN ? null : table.getControl().getDisplay().getSystemColor(colour);
    }

    /** "NEWS_OUTLET" → "news outlet". */
    static String words(String literal) {
        return literal.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** Reliability is chosen from a list in the cell; the choice is a SetCommand. */
    private final class ReliabilityEditing extends EditingSupport {
        private final String[] labels = Reliability.VALUES.stream().map(r -> words(r.getLiteral())).toArray(String[]::new);

        ReliabilityEditing() {
            super(table);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(table.getTable(), labels, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return session != null;
        }

        @Override
        protected Object getValue(Object element) {
            Reliability reliability = ((Source) element).getReliability();
            return reliability == null ? 0 : Reliability.VALUES.indexOf(reliability);
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = value instanceof Integer i ? i : -1;
            if (index >= 0 && index < labels.length) {
                setReliability((Source) element, Reliability.VALUES.get(index));
            }
        }
    }

    /** Sets a source's reliability by a command on the case's stack. */
    public void setReliability(Source source, Reliability reliability) {
        if (session == null || source.getReliability() == reliability) {
            return;
        }
        Command command = SetCommand.create(session.domain(), source, Literals.SOURCE__RELIABILITY, reliability);
        session.commandStack().execute(command);
    }

    void setSession(CaseSession newSession) {
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
        table.setInput(session == null ? List.of() : session.caseFile().getSources());
        if (hadSelection) {
            // the rows went with the case; Properties and the other views must not go on showing one of them
            table.setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        }
        setContentDescription(session == null ? "No case is open." : session.caseFile().getTitle());
    }

    /**
     * Updates the rows of the sources that changed, and of those whose count of articles or evidence changed;
     * sources added to or removed from the case gain or lose their row, in the case's order.
     */
    private void caseChanged(List<Notification> changes) {
        if (table.getControl().isDisposed() || session == null) {
            return;
        }
        RowChanges<Source> changed = RowChanges.sources(session.caseFile(), changes);
        List<Source> sources = session.caseFile().getSources();
        changed.rows.stream().filter(s -> !sources.contains(s)).forEach(table::remove);
        changed.rows.stream().filter(sources::contains).sorted(java.util.Comparator.comparingInt(sources::indexOf))
                .forEach(source -> {
                    if (table.testFindItem(source) == null) {
                        table.insert(source, sources.indexOf(source)); // in the case's order
                    } else {
                        table.update(source, null);
                    }
                });
        if (changed.title) {
            setContentDescription(session.caseFile().getTitle());
        }
    }

    public TableViewer table() {
        return table;
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
        CaseSessions.getDefault().removeListener(sessionListener);
        super.dispose();
    }
}
