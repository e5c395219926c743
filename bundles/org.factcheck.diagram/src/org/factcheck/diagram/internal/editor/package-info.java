/**
 * The argument diagram editor: a GEF editor per diagram of an open case, editing through the case's one command
 * stack, publishing claims and relations as its selection and following the selection of the other parts.
 */
package org.factcheck.diagram.internal.editor;
