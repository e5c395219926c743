/**
 * Handlers of the diagram's commands (open, arrange, fit, show evidence, export), contributed in plugin.xml.
 */
package org.factcheck.diagram.internal.handlers;
