package org.factcheck.ui.internal.app;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.factcheck.core.extensions.ContributionFailure;

/**
 * The notice that tells the user a plugin's contribution failed: a small window without modality in the bottom
 * right corner of the workbench window, naming the plugin's bundle and what was disabled, that stays until closed
 * and collects further failures while it is open. It does not take the focus, so work goes on under it.
 */
final class FailureNotice {

    /** The notice's window title, by which tests find it. */
    static final String TITLE = "A plugin failed";

    private static final int WIDTH = 460;
    private static final int MAX_ENTRIES = 6;

    private final Shell shell;
    private final Composite entries;
    private final Label more;
    private int count;

    private FailureNotice(Shell parent) {
        shell = new Shell(parent, SWT.TOOL | SWT.TITLE | SWT.CLOSE | SWT.RESIZE | SWT.MODELESS);
        shell.setText(TITLE);
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(6, 8).applyTo(shell);
        entries = new Composite(shell, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 8).applyTo(entries);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(entries);
        more = new Label(shell, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH - 20, SWT.DEFAULT).exclude(true).applyTo(more);
        more.setVisible(false);
        Label footer = new Label(shell, SWT.WRAP);
        footer.setText("The rest of the workbench goes on working. The error log has the details; reinstall or remove"
                + " the plugin (Help › Manage Plug-ins) and restart to use it again.");
        GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH - 20, SWT.DEFAULT).applyTo(footer);
        Button close = new Button(shell, SWT.PUSH);
        close.setText("Close");
        close.addListener(SWT.Selection, e -> shell.close());
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(close);
    }

    /**
     * Shows a failure: in the open notice of that window if there is one, else in a new one.
     *
     * @param open    the notice already open, or {@code null}
     * @param parent  the workbench window's shell
     * @param failure what failed
     * @return the notice that shows it
     */
    static FailureNotice show(FailureNotice open, Shell parent, ContributionFailure failure) {
        FailureNotice notice = open != null && !open.shell.isDisposed() && open.shell.getParent() == parent ? open
                : new FailureNotice(parent);
        notice.add(failure);
        return notice;
    }

    Shell shell() {
        return shell;
    }

    private void add(ContributionFailure failure) {
        count++;
        if (count > MAX_ENTRIES) {
            more.setText((count - MAX_ENTRIES) + " more failing contribution(s): see the error log.");
            ((org.eclipse.swt.layout.GridData) more.getLayoutData()).exclude = false;
            more.setVisible(true);
        } else {
            Label plugin = new Label(entries, SWT.WRAP);
            plugin.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            plugin.setText("Plugin " + failure.bundleId() + ": “" + failure.contributionName() + "” disabled");
            GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH - 20, SWT.DEFAULT).applyTo(plugin);
            Label what = new Label(entries, SWT.WRAP);
            what.setText(kind(failure.extensionPoint()) + " " + failure.contributionId() + " " + failure.detail()
                    + ". It is disabled for this session.");
            GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH - 20, SWT.DEFAULT).applyTo(what);
        }
        place();
    }

    /** Sizes the notice to its content and puts it in the bottom right corner of its window, without focus. */
    private void place() {
        Point size = shell.computeSize(WIDTH, SWT.DEFAULT);
        Rectangle window = shell.getParent().getBounds();
        int height = Math.min(size.y, Math.max(200, window.height - 40));
        shell.setBounds(window.x + Math.max(0, window.width - WIDTH - 24),
                window.y + Math.max(0, window.height - height - 48), WIDTH, height);
        shell.layout(true, true);
        if (!shell.isVisible()) {
            shell.setVisible(true); // not open(): that would take the focus from the user's work
        }
    }

    /** What kind of contribution an extension point takes, for people. */
    private static String kind(String extensionPoint) {
        return switch (extensionPoint.substring(extensionPoint.lastIndexOf('.') + 1)) {
        case "caseChecks" -> "The case check";
        case "claimDetectors" -> "The claim detector";
        case "diagramDecorators" -> "The diagram decorator";
        case "ratingScales" -> "The rating scale";
        case "importers" -> "The importer";
        case "exporters" -> "The exporter";
        default -> "The contribution";
        };
    }
}
