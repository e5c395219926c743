package org.factcheck.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.factcheck.core.CaseLock;
import org.factcheck.testing.DemoCase;
import org.factcheck.ui.cases.CaseSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case that another program is writing opens read-only: the workbench says who holds it and never overwrites it.
 * The other program is a separate Java process holding the case's lock as the command line does.
 */
class ReadOnlyCaseTest {

    /** A program that locks a file the way {@code CaseLock} does, writes who it is, and waits for its input to end. */
    private static final String HOLDER = """
            import java.nio.ByteBuffer;
            import java.nio.channels.FileChannel;
            import java.nio.file.Path;
            import java.nio.file.StandardOpenOption;
            public class Holder {
                public static void main(String[] args) throws Exception {
                    try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                            StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                        c.lock();
                        c.truncate(0);
                        c.write(ByteBuffer.wrap("factcheck import (pid 4711, user test) since now\\n".getBytes()), 0);
                        System.out.println("locked");
                        System.out.flush();
                        System.in.read();
                    }
                }
            }
            """;

    @TempDir
    Path temp;

    private Path file;
    private Process holder;

    @BeforeEach
    void lockInAnotherProcess() throws Exception {
        file = DemoCase.copyTo(temp.resolve("case"));
        Path source = temp.resolve("Holder.java");
        Files.writeString(source, HOLDER);
        holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), source.toString(),
                CaseLock.lockFile(file.toRealPath()).toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine(), "the holder process took the lock");
    }

    @AfterEach
    void release() throws Exception {
        if (holder.isAlive()) {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCaseLockedByAnotherProgramOpensReadOnlyAndIsNeverOverwritten() throws Exception {
        byte[] before = Files.readAllBytes(file);
        CaseSession session = CaseSession.load(file);
        try {
            assertTrue(session.readOnlyReason().isPresent(), "read-only");
            assertTrue(session.readOnlyReason().get().contains("factcheck import (pid 4711"), session.readOnlyReason().get());
            session.caseFile().setTitle("Changed while another program writes it");
            IOException e = assertThrows(IOException.class, session::save);
            assertTrue(e.getMessage().contains("open read-only") && e.getMessage().contains("Save As"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));

            Path copy = temp.resolve("mine.factcase");
            session.saveAs(copy); // the changes are kept elsewhere, and that copy is writable
            assertTrue(session.readOnlyReason().isEmpty());
            assertTrue(Files.readString(copy).contains("Changed while another program writes it"));
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            session.dispose();
        }
    }

    @Test
    void onceTheOtherProgramHasFinishedTheCaseOpensForWriting() throws Exception {
        holder.getOutputStream().close();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        CaseSession session = CaseSession.load(file);
        try {
            assertTrue(session.readOnlyReason().isEmpty(), session.readOnlyReason().toString());
            session.caseFile().setTitle("Written");
            session.save();
            assertTrue(Files.readString(file).contains("Written"));
        } finally {
            session.dispose();
        }
    }
}
