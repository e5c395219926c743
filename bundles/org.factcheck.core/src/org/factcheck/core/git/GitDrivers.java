package org.factcheck.core.git;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Registers the case merge driver and diff in a git repository, and finds out whether a case lies in a repository
 * without them. Runs the {@code git} command (a clone's configuration is git's to write). Used by
 * {@code factcheck git setup} and {@code validate}, and by the workbench when it opens a case in a clone without them.
 */
public final class GitDrivers {

    /** The name of the merge driver and diff driver in git's configuration and {@code .gitattributes}. */
    public static final String DRIVER = "factcase";
    /** The line of {@code .gitattributes} that assigns them. */
    public static final String ATTRIBUTES = "*.factcase merge=" + DRIVER + " diff=" + DRIVER;
    /**
     * The line of {@code .gitignore} that keeps the lock files beside open cases ({@code .NAME.factcase.lock}, see
     * {@link org.factcheck.core.CaseLock}) out of commits.
     */
    public static final String IGNORE = ".*.factcase.lock";

    private GitDrivers() {
    }

    /** What {@link #run(List)} printed and returned. */
    public record Result(int exitCode, String out) {
    }

    /** Runs {@code git ARGS}; null if git is not installed. */
    public static Result run(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " did not end within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for git", e);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip());
    }

    /** The top folder of the work tree that holds {@code dir}, or null if it is not in one. */
    public static Path workTree(Path dir) throws IOException {
        Result r = run(List.of("-C", dir.toString(), "rev-parse", "--show-toplevel"));
        return r == null || r.exitCode() != 0 ? null : Path.of(r.out());
    }

    /**
     * Whether a case file lies in a git work tree whose clone has no merge driver for cases.
     *
     * @return the work tree's top folder in that case, else null (also when git is not installed)
     */
    public static Path unregistered(Path caseFile) {
        Path dir = caseFile.toAbsolutePath().getParent();
        Path p = dir;
        while (p != null && !Files.exists(p.resolve(".git"))) {
            p = p.getParent();
        }
        if (p == null) {
            return null;
        }
        try {
            Result r = run(List.of("-C", dir.toString(), "config", "--get", "merge." + DRIVER + ".driver"));
            return r == null || r.exitCode() == 0 ? null : p;
        } catch (IOException e) {
            return null;
        }
    }

    /** The start script of the installed product, found from the OSGi install area; null if none. */
    public static Path installedScript() {
        for (String property : List.of("eclipse.home.location", "osgi.install.area")) {
            String location = System.getProperty(property);
            if (location == null) {
                continue;
            }
            try {
                Path script = Path.of(new URI(location.replace(" ", "%20"))).resolve("factcheck");
                if (Files.isExecutable(script)) {
                    return script.toAbsolutePath().normalize();
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file location; try the next
            }
        }
        return null;
    }

    /** A word for a POSIX shell: in single quotes. */
    public static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * Adds the attributes line to a work tree's {@code .gitattributes} unless it is there.
     *
     * @return whether the file was changed
     */
    public static boolean addAttributes(Path top) throws IOException {
        return appendUnless(top.resolve(".gitattributes"), GitDrivers::assigns,
                "# Fact-Check Workbench cases: semantic merge and diff in words (factcheck git setup)", ATTRIBUTES);
    }

    /**
     * Appends a comment and a line to a file (made if missing) unless {@code present} finds what they say in it
     * already; the rest of the file is kept as it is.
     *
     * @return whether the file was changed
     */
    private static boolean appendUnless(Path file, java.util.function.Predicate<String> present, String comment,
            String line) throws IOException {
        String text = read(file);
        if (present.test(text)) {
            return false;
        }
        String addition = (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + comment + "\n" + line + "\n";
        Files.writeString(file, text + addition, StandardCharsets.UTF_8);
        return true;
    }

    /** The file's text, or "" if there is no such file. */
    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /**
     * Whether a work tree's {@code .gitattributes} assigns the merge driver and diff to cases.
     *
     * @param top the top folder of a work tree
     * @return whether the line is there
     * @throws IOException if the file exists but cannot be read
     */
    public static boolean hasAttributes(Path top) throws IOException {
        return assigns(read(top.resolve(".gitattributes")));
    }

    private static boolean assigns(String text) {
        for (String line : text.split("\n")) {
            List<String> words = List.of(line.strip().split("\\s+"));
            if (!words.isEmpty() && words.get(0).equals("*.factcase") && words.contains("merge=" + DRIVER)
                    && words.contains("diff=" + DRIVER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the line that ignores case lock files to a work tree's {@code .gitignore} unless a line ignores them
     * already; the rest of the file is kept as it is.
     *
     * @return whether the file was changed
     */
    public static boolean addIgnore(Path top) throws IOException {
        return appendUnless(top.resolve(".gitignore"), GitDrivers::ignores,
                "# Fact-Check Workbench: the lock files beside open cases (factcheck git setup)", IGNORE);
    }

    /**
     * Whether a work tree's {@code .gitignore} ignores case lock files (the line {@link #IGNORE}, or one that
     * ignores every lock file).
     *
     * @param top the top folder of a work tree
     * @return whether such a line is there
     * @throws IOException if the file exists but cannot be read
     */
    public static boolean hasIgnore(Path top) throws IOException {
        return ignores(read(top.resolve(".gitignore")));
    }

    private static boolean ignores(String text) {
        for (String line : text.split("\n")) {
            String pattern = line.strip();
            if (pattern.startsWith("/")) {
                pattern = pattern.substring(1);
            }
            if (pattern.equals(IGNORE) || pattern.equals("*.factcase.lock") || pattern.equals("*.lock")
                    || pattern.equals(".*.lock")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@link #setup} registered: the clone's top folder, the commands, and whether anything changed (the
     * clone's configuration, {@code .gitattributes}, {@code .gitignore}).
     */
    public record Registration(Path top, String driver, String textconv, boolean configChanged,
            boolean attributesAdded, boolean ignoreAdded) {
        /** @return whether anything was written */
        public boolean changed() {
            return configChanged || attributesAdded || ignoreAdded;
        }
    }

    /**
     * Registers, in the clone whose work tree is {@code top}, the merge driver and the diff for cases (in its own
     * configuration), assigns them in {@code .gitattributes} and makes git ignore the case lock files in
     * {@code .gitignore}; idempotent, and the user's lines in both files are kept.
     *
     * @param top    the top folder of a work tree ({@link #workTree})
     * @param script the {@code factcheck} start script git is to run
     * @return what was registered
     * @throws IOException if git cannot be run or refuses, or {@code .gitattributes} or {@code .gitignore} cannot be
     *                     written
     */
    public static Registration setup(Path top, Path script) throws IOException {
        String factcheck = shellQuote(script.toString());
        String driver = factcheck + " merge --git %O %A %B -o %A --path %P";
        String textconv = factcheck + " git textconv";
        boolean changed = set(top, "merge." + DRIVER + ".name", "Fact-Check Workbench semantic merge");
        changed |= set(top, "merge." + DRIVER + ".driver", driver);
        changed |= set(top, "diff." + DRIVER + ".textconv", textconv);
        boolean attributes = addAttributes(top);
        boolean ignore = addIgnore(top);
        return new Registration(top, driver, textconv, changed, attributes, ignore);
    }

    /** Sets a configuration value of the clone unless it has it; returns whether it changed. */
    private static boolean set(Path top, String key, String value) throws IOException {
        Result current = run(List.of("-C", top.toString(), "config", "--local", "--get", key));
        if (current != null && current.exitCode() == 0 && current.out().equals(value)) {
            return false;
        }
        Result r = run(List.of("-C", top.toString(), "config", "--local", key, value));
        if (r == null || r.exitCode() != 0) {
            throw new IOException("git config " + key + " failed: " + (r == null ? "git is not installed" : r.out()));
        }
        return true;
    }
}
