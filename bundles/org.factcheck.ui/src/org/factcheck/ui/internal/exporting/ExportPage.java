package org.factcheck.ui.internal.exporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.factcheck.core.exporters.ExporterDescriptor;
import org.factcheck.core.exporters.ExporterOption;

/**
 * The one page of the export wizard: which exporter (every one contributed is listed), its options (required ones
 * marked, each explained), the file to write, and whether to open it when done. What was last chosen for the case
 * is filled in again.
 */
final class ExportPage extends WizardPage {

    private final List<ExporterDescriptor> exporters;
    private final ExportSettings settings;
    private TableViewer list;
    private Group optionsGroup;
    private final Map<String, Text> optionFields = new LinkedHashMap<>();
    private Text targetField;
    private Button openWhenDone;
    /** The format chosen for a case that was never exported: the HTML report. */
    static final String FIRST_CHOICE = "html";
    private ExporterDescriptor chosen;

    ExportPage(List<ExporterDescriptor> exporters, ExportSettings settings, String caseTitle) {
        super("export");
        this.exporters = exporters;
        this.settings = settings;
        setTitle("Export the Case");
        setDescription("Write “" + caseTitle + "” as a report or in an exchange format.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        Label formats = new Label(area, SWT.NONE);
        formats.setText("&Format:");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(formats);
        list = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        list.getTable().setHeaderVisible(true);
        column("Exporter", 330, d -> d.name());
        column("Format", 90, d -> d.format());
        column("File", 70, d -> "." + d.fileExtension());
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setInput(exporters);
        // every exporter visible at once; the options below take what room is left
        int rows = Math.max(4, Math.min(exporters.size(), 10));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false)
                .hint(520, list.getTable().getHeaderHeight() + rows * list.getTable().getItemHeight() + 4)
                .applyTo(list.getControl());
        optionsGroup = new Group(area, SWT.NONE);
        optionsGroup.setText("Options");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(optionsGroup);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(optionsGroup);
        new Label(area, SWT.NONE).setText("&To file:");
        targetField = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(targetField);
        targetField.addModifyListener(e -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse…");
        browse.addListener(SWT.Selection, e -> browse());
        openWhenDone = new Button(area, SWT.CHECK);
        openWhenDone.setText("&Open the file when it is written (a report opens in the web browser)");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(openWhenDone);
        list.addSelectionChangedListener(e -> choose((ExporterDescriptor) list.getStructuredSelection().getFirstElement()));
        setControl(area);
        // a case never exported starts from the newsroom's report, not from the first format in the list
        ExporterDescriptor last = exporters.stream().filter(d -> d.id().equals(settings.lastExporter())).findFirst()
                .or(() -> exporters.stream().filter(d -> FIRST_CHOICE.equals(d.format())).findFirst())
                .orElse(exporters.isEmpty() ? null : exporters.get(0));
        if (last != null) {
            list.setSelection(new StructuredSelection(last), true);
        }
        openWhenDone.setSelection(settings.openWhenDone());
        validate();
    }

    private void column(String title, int width, java.util.function.Function<ExporterDescriptor, String> text) {
        TableViewerColumn column = new TableViewerColumn(list, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ExporterDescriptor) element);
            }
        });
    }

    /** Shows the options of {@code exporter}, filled with what was last given for this case. */
    private void choose(ExporterDescriptor exporter) {
        if (exporter == null || exporter == chosen) {
            return;
        }
        if (chosen != null) {
            settings.remember(chosen, options(), targetField.getText().strip()); // switching back finds them again
        }
        chosen = exporter;
        for (Control child : optionsGroup.getChildren()) {
            child.dispose();
        }
        optionFields.clear();
        Map<String, String> given = settings.options(exporter);
        for (ExporterOption option : exporter.options()) {
            Label label = new Label(optionsGroup, SWT.NONE);
            label.setText(option.name() + (option.required() ? " *:" : ":"));
            label.setToolTipText(option.description());
            Text field = new Text(optionsGroup, SWT.BORDER);
            field.setMessage(option.required() ? "required" : "optional");
            field.setToolTipText(option.description());
            field.setText(given.getOrDefault(option.name(), ""));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
            Label help = new Label(optionsGroup, SWT.WRAP);
            help.setText(option.description());
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).indent(12, 0).applyTo(help);
            field.addModifyListener(e -> validate());
            optionFields.put(option.name(), field);
        }
        if (exporter.options().isEmpty()) {
            new Label(optionsGroup, SWT.NONE).setText("This exporter has no options.");
        }
        targetField.setText(settings.target(exporter));
        fitOptions();
        validate();
    }

    /** Lays the options out anew and, when they need more room than the dialog has, makes it taller. */
    private void fitOptions() {
        optionsGroup.getParent().layout(true, true);
        org.eclipse.swt.widgets.Shell shell = getShell();
        if (shell == null || !shell.isVisible()) {
            return; // the wizard dialog sizes itself to the page when it opens
        }
        org.eclipse.swt.graphics.Point wanted = shell.computeSize(shell.getSize().x, SWT.DEFAULT);
        if (wanted.y > shell.getSize().y) {
            shell.setSize(shell.getSize().x, wanted.y);
        }
        shell.layout(true, true);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export To");
        dialog.setOverwrite(true);
        if (chosen != null) {
            dialog.setFilterExtensions(new String[] { "*." + chosen.fileExtension(), "*" });
        }
        Path current = Path.of(targetField.getText().isBlank() ? "." : targetField.getText().strip()).toAbsolutePath();
        dialog.setFilterPath(current.getParent() == null ? null : current.getParent().toString());
        dialog.setFileName(current.getFileName() == null ? null : current.getFileName().toString());
        String file = dialog.open();
        if (file != null) {
            targetField.setText(file);
        }
    }

    /** Says what is missing, if anything; the wizard can finish only when nothing is. */
    void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        if (chosen == null) {
            return "Choose a format.";
        }
        for (ExporterOption option : chosen.options()) {
            if (option.required() && optionFields.get(option.name()).getText().isBlank()) {
                return "The option “" + option.name() + "” is required: " + option.description();
            }
        }
        String target = targetField.getText().strip();
        if (target.isEmpty()) {
            return "Give the file to write.";
        }
        Path file = Path.of(target).toAbsolutePath();
        if (Files.isDirectory(file)) {
            return "“" + target + "” is a folder; give the name of the file to write.";
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            return "The folder “" + file.getParent() + "” does not exist.";
        }
        return null;
    }

    /** The options typed, without the empty ones. */
    Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        optionFields.forEach((name, field) -> {
            if (!field.getText().isBlank()) {
                options.put(name, field.getText().strip());
            }
        });
        return options;
    }

    ExporterDescriptor exporter() {
        return chosen;
    }

    Path target() {
        return Path.of(targetField.getText().strip()).toAbsolutePath();
    }

    boolean openWhenDone() {
        return openWhenDone.getSelection();
    }

    TableViewer list() {
        return list;
    }

    Text targetField() {
        return targetField;
    }

    Text optionField(String name) {
        return optionFields.get(name);
    }
}
