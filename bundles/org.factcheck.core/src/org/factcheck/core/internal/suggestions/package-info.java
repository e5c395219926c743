/**
 * What the workbench and {@code factcheck suggest} do with the claim detectors' suggestions: the request for a
 * document (its comment / boilerplate regions excluded), and which suggestions are shown (not dismissed, not over an
 * existing claim appearance or a boilerplate region). Internal: only the UI and the command line use it.
 */
package org.factcheck.core.internal.suggestions;
