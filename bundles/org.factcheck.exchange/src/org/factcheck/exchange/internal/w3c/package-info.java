/** The w3c exchange format; not API. */
package org.factcheck.exchange.internal.w3c;
