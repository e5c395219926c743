package org.factcheck.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.factcheck.install.internal.InstalledPlugin;
import org.factcheck.install.internal.PluginException;
import org.factcheck.install.internal.PluginInstaller;

/** {@code factcheck plugins list|install|remove}: plugins of this installation, through p2. */
final class PluginsCommand implements Command {

    static final String RESTART = "A running Fact-Check Workbench sees the change after a restart (File › Exit, then"
            + " start it again); the command line sees it from its next run.";

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String summary() {
        return "list, install (from a p2 repository or its zip) and remove plugins";
    }

    @Override
    public Map<String, String> aliases() {
        return Map.of("h", "help");
    }

    @Override
    public String help() {
        return """
                Usage: factcheck plugins list
                       factcheck plugins install REPOSITORY [FEATURE-ID]
                       factcheck plugins remove FEATURE-ID

                Manages the plugins of this installation through Equinox p2 (its director and engine), in the
                installation's own p2 profile.

                  list      the installed plugins (features beyond the workbench's own), with versions
                  install   installs a plugin's feature with what it needs, from a p2 repository: a folder, a
                            file: URI or a zip of one. FEATURE-ID is needed when the repository has several
                            features. The plugin's declared range of the workbench (its feature's requirement on
                            org.factcheck.feature, its bundles' Require-Bundle/Import-Package of workbench bundles)
                            is checked against this installation first: a plugin that does not fit is refused and
                            nothing changes.
                  remove    uninstalls a plugin and what it brought that nothing else needs

                A running workbench sees an installed or removed plugin after a restart.

                Options:
                  -h, --help   show this help

                """ + ExitCode.TABLE;
    }

    @Override
    public int run(Args args, PrintStream out) throws CommandException {
        if (!args.names().isEmpty()) {
            throw CommandException.usage("unknown option “--" + args.names().iterator().next() + "”.");
        }
        List<String> words = args.positional();
        if (words.isEmpty()) {
            throw CommandException.usage("say what to do: list, install REPOSITORY [FEATURE-ID] or remove ID.");
        }
        String action = words.get(0);
        List<String> rest = words.subList(1, words.size());
        try {
            switch (action) {
            case "list" -> list(rest, out);
            case "install" -> install(rest, out);
            case "remove" -> remove(rest, out);
            default -> throw CommandException.usage("unknown action “" + action + "”: use list, install or remove.");
            }
        } catch (PluginException e) {
            throw new CommandException(switch (e.kind()) {
            case INPUT, NOT_INSTALLED, NOT_MANAGED -> ExitCode.INPUT;
            case INCOMPATIBLE, UNRESOLVABLE -> ExitCode.PLUGIN;
            }, e.getMessage());
        }
        return ExitCode.OK;
    }

    private static void list(List<String> rest, PrintStream out) throws CommandException, PluginException {
        if (!rest.isEmpty()) {
            throw CommandException.usage("list takes no arguments.");
        }
        List<InstalledPlugin> plugins = PluginInstaller.forRunningProduct().list();
        if (plugins.isEmpty()) {
            out.println("No plugins are installed.");
        }
        for (InstalledPlugin plugin : plugins) {
            out.println(plugin.id() + " " + plugin.version() + "  " + plugin.name()
                    + (plugin.provider().isEmpty() ? "" : " (" + plugin.provider() + ")"));
        }
    }

    private static void install(List<String> rest, PrintStream out) throws CommandException, PluginException {
        if (rest.isEmpty() || rest.size() > 2) {
            throw CommandException.usage("install takes a repository (folder, file: URI or zip) and at most a"
                    + " feature id.");
        }
        InstalledPlugin plugin = PluginInstaller.forRunningProduct().install(rest.get(0),
                rest.size() == 2 ? rest.get(1) : null, null);
        out.println("Installed " + plugin.id() + " " + plugin.version() + " (" + plugin.name() + ").");
        out.println(RESTART);
    }

    private static void remove(List<String> rest, PrintStream out) throws CommandException, PluginException {
        if (rest.size() != 1) {
            throw CommandException.usage("remove takes the id of one installed plugin (see factcheck plugins list).");
        }
        InstalledPlugin plugin = PluginInstaller.forRunningProduct().remove(rest.get(0), null);
        out.println("Removed " + plugin.id() + " " + plugin.version() + ".");
        out.println(RESTART);
    }
}
