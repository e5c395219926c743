/** Reading the exporters extension point; not API. */
package org.factcheck.core.internal.exporters;
