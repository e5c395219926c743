/**
 * Consistency analysis of a case's argument graph, without any user interface.
 * <p>
 * {@link org.factcheck.core.analysis.ArgumentAnalysis#analyze(org.factcheck.model.CaseFile)} reads the claims,
 * their verdicts and evidence, and the relations between claims, and returns an
 * {@link org.factcheck.core.analysis.AnalysisResult}: the {@link org.factcheck.core.analysis.Finding}s a
 * fact-checker should look at (the problems list, most severe first) and the grounded labelling of the claims
 * ({@link org.factcheck.core.analysis.ArgumentLabel}: which claims stand, fall or stay undecided when every
 * relation of polarity {@code ATTACK} is read as an attack of its source on its target).
 * {@link org.factcheck.core.analysis.GroundedLabelling} computes that labelling for any graph.
 * <p>
 * The analysis only reads the model; call it again after the model changed. Not thread-safe: analyse a case on
 * the thread that changes it.
 */
package org.factcheck.core.analysis;
