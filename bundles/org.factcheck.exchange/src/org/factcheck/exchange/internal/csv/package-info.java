/** The csv exchange format; not API. */
package org.factcheck.exchange.internal.csv;
