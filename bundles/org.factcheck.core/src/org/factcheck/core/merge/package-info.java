/**
 * Versions of a case compared and merged by what they mean, for teams that share cases through git.
 * <p>
 * {@link org.factcheck.core.merge.CaseDiff} lists the changes between two versions in a fact-checker's words;
 * {@link org.factcheck.core.merge.CaseMerge} merges two versions with their common ancestor object by object,
 * records real conflicts inside the merged case (which always stays a valid case) and never drops a change one side
 * made alone; {@link org.factcheck.core.merge.Resolutions} resolves a recorded conflict by one side, or keeps both
 * where both can exist, and {@link org.factcheck.core.merge.ConflictContext} shows a span or text conflict with the
 * article's words around it; {@link org.factcheck.core.merge.Restore} gives a claim the state it had in an earlier
 * version. All of it is UI-free; only {@code Resolutions}, {@code Restore} and {@code CaseUpdate} change the case
 * they are given, and none changes its other inputs; the command line's {@code diff}, {@code merge}, {@code resolve} and
 * {@code git setup} are thin layers over it, and git runs {@code factcheck merge} as its merge driver.
 */
package org.factcheck.core.merge;
