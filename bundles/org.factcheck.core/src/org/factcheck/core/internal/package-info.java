/**
 * Implementation of case file persistence; not API.
 */
package org.factcheck.core.internal;
