package org.factcheck.ui.internal.sync;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.factcheck.core.git.GitDrivers;
import org.osgi.service.prefs.BackingStoreException;

/**
 * When a case is opened in a git clone whose configuration or {@code .gitattributes} lacks the case merge driver
 * (git does not copy drivers when cloning, so a fresh clone merges cases as text), offers once per repository to
 * register it — the same registration as {@code factcheck git setup} ({@link GitDrivers}). The answer is
 * remembered in the workbench's preferences, so the user is not asked again for that clone.
 */
public final class GitSetupOffer {

    /** Asks whether to register the driver in a clone. */
    public interface Asker {
        boolean ask(Shell shell, Path top, boolean configMissing, boolean attributesMissing);
    }

    private static final String NODE = "org.factcheck.ui";
    private static final String KEY = "gitSetupOffered:";

    private static Asker asker;

    private GitSetupOffer() {
    }

    /** Replaces the question (tests); null restores the dialog. */
    public static void setAsker(Asker replacement) {
        asker = replacement;
    }

    /** What {@link #offer} did. */
    public enum Outcome {
        /** Not in a git clone, or the clone has the driver, or the user was already asked about it. */
        NOTHING,
        /** The user declined (remembered). */
        DECLINED,
        /** The driver was registered. */
        REGISTERED,
        /** Registering failed; the message says why. */
        FAILED
    }

    /** What a clone lacks: its top folder, and whether its configuration and its .gitattributes lack the driver. */
    private record Need(Path top, boolean configMissing, boolean attributesMissing) {
    }

    /**
     * {@link #offer} for a case just opened in the workbench: git is asked in a background job (it starts a process
     * or two, which the UI thread should not wait for while the case appears), and the question, if any, comes after.
     */
    public static void offerLater(Shell shell, Path caseFile) {
        Asker ask = asker();
        if (ask == null) {
            return;
        }
        org.eclipse.swt.widgets.Display display = shell.getDisplay(); // here: a disposed shell no longer tells it
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Checking the git clone of "
                + caseFile.getFileName(), monitor -> {
                    Need need;
                    try {
                        need = need(caseFile);
                    } catch (IOException e) {
                        if (!display.isDisposed()) {
                            display.asyncExec(() -> ExternalChanges.say("Cannot check the git clone for the case"
                                    + " merge driver: " + e.getMessage()));
                        }
                        return;
                    }
                    if (need != null && !display.isDisposed()) {
                        display.asyncExec(() -> {
                            if (!shell.isDisposed()) {
                                answer(shell, ask, need);
                            }
                        });
                    }
                });
        job.setSystem(true);
        job.schedule();
    }

    /** Offers the setup for the clone holding {@code caseFile}, if it needs it and the user was not asked before. */
    public static Outcome offer(Shell shell, Path caseFile) {
        Asker ask = asker();
        if (ask == null) {
            return Outcome.NOTHING; // the workbench is driven by tests that did not ask for the offer
        }
        try {
            Need need = need(caseFile);
            return need == null ? Outcome.NOTHING : answer(shell, ask, need);
        } catch (IOException e) {
            ExternalChanges.say("Cannot register the case merge driver: " + e.getMessage());
            return Outcome.FAILED;
        }
    }

    private static Asker asker() {
        return asker != null ? asker : testHarnessRunning() ? null : GitSetupOffer::dialog;
    }

    /** What the clone holding {@code caseFile} lacks; null when it is not in a clone or lacks nothing. Any thread. */
    private static Need need(Path caseFile) throws IOException {
        Path dir = caseFile.toAbsolutePath().normalize().getParent();
        Path top = dir == null ? null : GitDrivers.workTree(dir);
        if (top == null) {
            return null;
        }
        boolean configMissing = GitDrivers.unregistered(caseFile) != null;
        boolean attributesMissing = !GitDrivers.hasAttributes(top);
        return configMissing || attributesMissing ? new Need(top, configMissing, attributesMissing) : null;
    }

    /** Asks, unless the user was asked about this clone before, and registers the driver if they agree. UI thread. */
    private static Outcome answer(Shell shell, Asker ask, Need need) {
        Path top = need.top();
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        String key = KEY + top.toAbsolutePath().normalize();
        if (prefs.getBoolean(key, false)) {
            return Outcome.NOTHING;
        }
        prefs.putBoolean(key, true);
        flush(prefs);
        if (!ask.ask(shell, top, need.configMissing(), need.attributesMissing())) {
            ExternalChanges.say("Git will merge cases in " + top + " as text; File › Open the case again after"
                    + " “factcheck git setup " + top + "” to merge them by meaning.");
            return Outcome.DECLINED;
        }
        Path script = GitDrivers.installedScript();
        if (script == null) {
            ExternalChanges.say("Cannot register the merge driver: the factcheck start script of this installation"
                    + " was not found. Run “factcheck git setup " + top + "” from the product's folder.");
            return Outcome.FAILED;
        }
        try {
            GitDrivers.Registration done = GitDrivers.setup(top, script);
            ExternalChanges.say("Registered the case merge driver and diff in " + top
                    + (done.attributesAdded() || done.ignoreAdded() ? "; commit the changed "
                            + (done.attributesAdded() && done.ignoreAdded() ? ".gitattributes and .gitignore"
                                    : done.attributesAdded() ? ".gitattributes" : ".gitignore") + "." : "."));
            return Outcome.REGISTERED;
        } catch (IOException e) {
            ExternalChanges.say("Cannot register the case merge driver: " + e.getMessage());
            return Outcome.FAILED;
        }
    }

    /** Forgets every answer (tests). */
    public static void forgetAnswers() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        try {
            for (String key : prefs.keys()) {
                if (key.startsWith(KEY)) {
                    prefs.remove(key);
                }
            }
        } catch (BackingStoreException e) {
            // nothing remembered
        }
    }

    private static void flush(IEclipsePreferences prefs) {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // remembered for this session at least
        }
    }

    private static boolean testHarnessRunning() {
        return PlatformUI.isWorkbenchRunning() && PlatformUI.getTestableObject().getTestHarness() != null;
    }

    private static boolean dialog(Shell shell, Path top, boolean configMissing, boolean attributesMissing) {
        return MessageDialog.openQuestion(shell, "Merge cases by meaning in this git clone?", "The case lies in the git"
                + " clone " + top + ", which "
                + (configMissing && attributesMissing ? "has neither the case merge driver in its configuration nor the"
                        + " line for it in .gitattributes"
                        : configMissing ? "lacks the case merge driver in its own configuration (git does not copy it"
                                + " when cloning)" : "has the merge driver but no line for it in .gitattributes")
                + ", so git pull and git merge would merge cases as lines of XML.\n\nRegister it now? This does what"
                + " “factcheck git setup” does: it sets merge.factcase and diff.factcase in this clone's configuration and"
                + " adds “" + GitDrivers.ATTRIBUTES + "” to .gitattributes and “" + GitDrivers.IGNORE + "” (the lock"
                + " files of open cases) to .gitignore (commit both files).\n\nYou are asked once per"
                + " clone.");
    }
}
