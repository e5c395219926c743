/** The aif exchange format; not API. */
package org.factcheck.exchange.internal.aif;
