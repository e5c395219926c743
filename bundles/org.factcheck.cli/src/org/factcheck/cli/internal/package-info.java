/** The {@code factcheck} command line: an Equinox application and its subcommands; not API. */
package org.factcheck.cli.internal;
