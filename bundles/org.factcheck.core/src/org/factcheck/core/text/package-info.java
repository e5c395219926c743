/**
 * Text utilities shared by importers, annotation code and the user interface.
 * <p>
 * Every offset stored in a case file ({@code TextSpan.start}/{@code end}) counts Unicode
 * <em>code points</em>, not Java {@code char}s, so that an emoji or any other character outside the
 * Basic Multilingual Plane counts as one. {@link org.factcheck.core.text.CodePoints} converts between
 * the two; {@link org.factcheck.core.text.Quotes} builds the exact/prefix/suffix selector that lets a
 * span be found again after the text changed; {@link org.factcheck.core.text.TextNormalizer} gives
 * every imported text one canonical form; {@link org.factcheck.core.text.Hashes} fingerprints it; {@link org.factcheck.core.text.Abbreviations} shortens
 * long texts for labels and messages.
 */
package org.factcheck.core.text;
