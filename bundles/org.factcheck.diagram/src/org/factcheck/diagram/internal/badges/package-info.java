/**
 * The decorators' badges of the claims of one diagram: worked out in the background on a copy of the case, kept
 * per claim and handed to the diagram on the UI thread when they change.
 */
package org.factcheck.diagram.internal.badges;
