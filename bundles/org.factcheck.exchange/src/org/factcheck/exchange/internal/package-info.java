/** Helpers shared by the exchange formats and the list of built-in exporters; not API. */
package org.factcheck.exchange.internal;
