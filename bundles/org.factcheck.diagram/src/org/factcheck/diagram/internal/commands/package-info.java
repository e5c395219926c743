/**
 * Edits of the argument diagram as EMF commands, and the bridge that runs GEF's commands on the case's one EMF
 * command stack so that undo and redo are shared with every other part editing the case.
 */
package org.factcheck.diagram.internal.commands;
