package org.factcheck.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (List<String> args : invocations) {
            List<String> command = new ArrayList<>(List.of(script().toString()));
            command.addAll(args);
            Path out = Files.createTempFile("factcheck", ".out");
            Path err = Files.createTempFile("factcheck", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().remove("DISPLAY");
            processes.add(builder.start());
            outputs.add(out);
            outputs.add(err);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process process = processes.get(i);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("factcheck " + invocations[i] + " did not end within 2 minutes");
            }
            results.add(new Result(process.exitValue(), read(outputs.get(2 * i)), read(outputs.get(2 * i + 1))));
        }
        return results;
    }

    private static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.delete(file);
        return text;
    }
}
