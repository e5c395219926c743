/** The HTML report of a case; not API. */
package org.factcheck.exchange.internal.html;
