package org.factcheck.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.factcheck.testing.DemoCase;

/** Runs the materialized product's {@code factcheck} script as a separate process, the way a user does. */
final class Factcheck {

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Factcheck() {
    }

    static Path script() {
        Path script = DemoCase.repositoryRoot().resolve(
                "releng/org.factcheck.product/target/products/org.factcheck.product/linux/gtk/x86_64/factcheck-workbench/factcheck");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("The product is not built (no " + script + "); build the whole reactor.");
        }
        return script;
    }

    /** Runs {@code factcheck ARGS} and waits for it. */
    static Result run(String... args) throws Exception {
        return runAll(List.of(args)).get(0);
    }

    /** Starts every invocation at once (they are independent) and waits for all of them. */
    @SafeVarargs
    static List<Result> runAll(List<String>... invocations) throws Exception {
        return runAll(Map.of(), List.of(invocations));
    }

    /** Starts every invocation at once with {@code env} added to the environment and waits for all of them. */
    static List<Result> runAll(Map<String, String> env, List<List<String>> invocations) throws Exception {
        List<Started> started = new ArrayList<>();
        for (List<String> args : invocations) {
            started.add(start(env, args));
        }
        List<Result> results = new ArrayList<>();
        for (Started s : started) {
            results.add(s.waitFor());
        }
        return results;
    }

    /** A {@code factcheck} process that was started and whose output goes to temporary files. */
    record Started(List<String> args, Process process, Path out, Path err) {

        /** Waits (at most 2 minutes) and returns what it printed; the output files are removed. */
        Result waitFor() throws Exception {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("factcheck " + args + " did not end within 2 minutes");
            }
            return new Result(process.exitValue(), read(out), read(err));
        }

        /** Kills the process as {@code kill -9} does, waits for it and removes its output files. */
        void kill() throws Exception {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Starts {@code factcheck ARGS} with {@code env} added to its environment, without waiting. */
    static Started start(Map<String, String> env, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(script().toString()));
        command.addAll(args);
        Path out = Files.createTempFile("factcheck", ".out");
        Path err = Files.createTempFile("factcheck", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(env);
        return new Started(List.copyOf(args), builder.start(), out, err);
    }

    private static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.delete(file);
        return text;
    }
}
