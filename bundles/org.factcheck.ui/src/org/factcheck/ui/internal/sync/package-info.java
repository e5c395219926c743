/**
 * The open case and its file on disk: reloading or merging a file another program changed (a {@code git pull}),
 * saving without overwriting such a file unseen, the Conflicts view and the offer to set up git's merge driver.
 */
package org.factcheck.ui.internal.sync;
