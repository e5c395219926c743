/** The claimreview exchange format; not API. */
package org.factcheck.exchange.internal.claimreview;
