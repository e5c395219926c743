/**
 * GEF edit parts of the argument diagram: the diagram of a case, a part per claim (positioned by the diagram's
 * notation node, or placed automatically while it has none) and a part per relation; the tracker that refreshes
 * them when the case changes.
 */
package org.factcheck.diagram.internal.parts;
