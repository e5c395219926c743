package org.eclipse.jface.util;

/**
 * Stand-in for the JFace class of the same name, which the Eclipse platform removed after GEF 3.2 was
 * built against it. GEF 3.2.100 still calls it (edit parts, the action registry, tools), so this
 * fragment of {@code org.eclipse.gef} puts it back on GEF's class path. Every method delegates to
 * {@link org.eclipse.core.runtime.Assert}, the platform's replacement, so failures surface as the
 * usual {@link org.eclipse.core.runtime.AssertionFailedException}.
 * <p>
 * Not API: only GEF's byte code is meant to link against it.
 */
public final class Assert {

    private Assert() {
    }

    public static boolean isLegal(boolean expression) {
        return org.eclipse.core.runtime.Assert.isLegal(expression);
    }

    public static boolean isLegal(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isLegal(expression, message);
    }

    public static void isNotNull(Object object) {
        org.eclipse.core.runtime.Assert.isNotNull(object);
    }

    public static void isNotNull(Object object, String message) {
        org.eclipse.core.runtime.Assert.isNotNull(object, message);
    }

    public static boolean isTrue(boolean expression) {
        return org.eclipse.core.runtime.Assert.isTrue(expression);
    }

    public static boolean isTrue(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isTrue(expression, message);
    }
}
