/** The History view: the commits of git that changed the open case's file, and what they changed, in words. */
package org.factcheck.ui.internal.history;
