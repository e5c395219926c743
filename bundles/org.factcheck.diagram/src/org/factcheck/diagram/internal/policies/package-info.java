/**
 * GEF edit policies of the argument diagram: they turn requests (move, create, connect, delete, direct edit) into
 * EMF commands on the case's command stack.
 */
package org.factcheck.diagram.internal.policies;
