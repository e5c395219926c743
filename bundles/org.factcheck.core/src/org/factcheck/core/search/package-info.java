/**
 * Finding words across a whole case: the text of its documents, the claims' statements and explanations, the notes
 * of evidence and spans, and the names of its sources, people and organisations ({@link CaseSearch}). Reads the
 * model only; UI-free.
 */
package org.factcheck.core.search;
