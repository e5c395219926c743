/**
 * Implementation of the article importers; not API.
 */
package org.factcheck.core.internal.importers;
