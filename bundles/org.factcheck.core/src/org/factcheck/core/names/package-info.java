/**
 * Names of the people, organisations and sources of a case: how they are compared, and which of them are likely
 * the same one entered twice ("Peskov" and "Dmitry Peskov"), so that the workbench can offer to merge them.
 * Reads the model only.
 */
package org.factcheck.core.names;
