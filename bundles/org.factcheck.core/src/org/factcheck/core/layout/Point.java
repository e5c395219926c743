package org.factcheck.core.layout;

/**
 * A point of a relation's route.
 *
 * @param x pixels to the right
 * @param y pixels downwards
 */
public record Point(double x, double y) {
}
