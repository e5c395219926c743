package org.factcheck.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one subcommand: positional arguments and {@code --name value} (or {@code --name=value})
 * options. Flags take no value; {@code --} ends the options.
 */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    private Args() {
    }

    /**
     * @param raw     the arguments after the subcommand
     * @param flags   names of options without value (always includes {@code help})
     * @param aliases short forms, e.g. {@code o -> output}
     */
    static Args parse(List<String> raw, Set<String> flags, Map<String, String> aliases) throws CommandException {
        Args args = new Args();
        boolean onlyPositional = false;
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (onlyPositional || !arg.startsWith("-") || arg.equals("-")) {
                args.positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = arg.startsWith("--") ? arg.substring(2) : aliases.get(arg.substring(1));
            if (name == null || name.isEmpty()) {
                throw CommandException.usage("unknown option “" + arg + "”.");
            }
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("help") || flags.contains(name)) {
                if (value != null) {
                    throw CommandException.usage("the option “--" + name + "” takes no value.");
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= raw.size()) {
                    throw CommandException.usage("the option “" + arg + "” needs a value.");
                }
                value = raw.get(++i);
            }
            args.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return args;
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The value of an option given at most once, or null. */
    String single(String name) throws CommandException {
        List<String> values = options.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw CommandException.usage("the option “--" + name + "” is given more than once.");
        }
        return values.get(0);
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    Set<String> names() {
        return options.keySet();
    }
}
