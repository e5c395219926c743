/**
 * Exporting the argument diagram as PNG or SVG, as arranged or laid out anew, for use in a fact-check article.
 */
package org.factcheck.diagram.internal.export;
