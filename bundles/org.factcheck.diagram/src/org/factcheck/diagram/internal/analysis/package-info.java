/**
 * The consistency analysis of open cases, kept up to date as they change, and the view that lists its findings.
 */
package org.factcheck.diagram.internal.analysis;
