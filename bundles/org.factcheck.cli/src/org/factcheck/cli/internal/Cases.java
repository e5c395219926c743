package org.factcheck.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.factcheck.core.CaseFileException;
import org.factcheck.core.CaseStore;
import org.factcheck.model.CaseFile;

/** Opening and saving the case a command works on, with the exit codes for failures. */
final class Cases {

    private Cases() {
    }

    /** The one CASE argument of a command. */
    static Path caseArgument(Args args, String command) throws CommandException {
        if (args.positional().isEmpty()) {
            throw CommandException.usage("give the case file (" + command + " CASE.factcase).");
        }
        if (args.positional().size() > 1) {
            throw CommandException.usage("give one case file, not " + args.positional().size() + ": "
                    + String.join(" ", args.positional()) + ".");
        }
        return Path.of(args.positional().get(0));
    }

    static Resource load(Path file) throws CommandException {
        try {
            return CaseStore.load(new ResourceSetImpl(), file);
        } catch (CaseFileException e) {
            throw new CommandException(ExitCode.INPUT, e.getMessage());
        }
    }

    static CaseFile root(Resource resource) {
        return (CaseFile) resource.getContents().get(0);
    }

    static void save(Resource resource, Path file) throws CommandException {
        try {
            CaseStore.save(resource, file);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new CommandException(ExitCode.OUTPUT, message.startsWith("Cannot save")
                    ? message : "Cannot save “" + file + "”: " + message + ". The file is unchanged.");
        }
    }
}
