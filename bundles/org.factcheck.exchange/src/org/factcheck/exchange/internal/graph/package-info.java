/** The graph exchange format; not API. */
package org.factcheck.exchange.internal.graph;
