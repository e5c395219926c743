/**
 * Implementation of {@link org.factcheck.core.layout}: the ELK layered algorithm behind
 * {@link org.factcheck.core.layout.LayeredLayout} and text wrapping for drawings made without a font.
 * Not API.
 */
package org.factcheck.core.internal.layout;
