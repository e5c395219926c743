/**
 * Git and cases: registering the semantic merge driver and the diff in words for {@code *.factcase} in a clone
 * ({@link org.factcheck.core.git.GitDrivers}), shared by {@code factcheck git setup}, {@code factcheck validate} and the
 * workbench's offer to set a clone up.
 */
package org.factcheck.core.git;
