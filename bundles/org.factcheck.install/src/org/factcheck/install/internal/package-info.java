/** Installing, listing and removing plugins through Equinox p2 (planner and engine); not API. */
package org.factcheck.install.internal;
