/**
 * The internals of {@link org.factcheck.core.merge}: versions flattened to snapshots by id, the three-way merge of
 * objects, lists and prose, span placement through the anchoring, and the building of the merged model.
 */
package org.factcheck.core.internal.merge;
