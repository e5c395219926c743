/**
 * Case files: loading and saving them ({@link org.factcheck.core.CaseStore}), the EMF resource that
 * gives them stable ids and deterministic bytes ({@link org.factcheck.core.CaseResource}), and helpers
 * for new cases ({@link org.factcheck.core.CaseFiles}).
 */
package org.factcheck.core;
