package org.factcheck.ui.internal.annotate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.factcheck.model.TextSpan;
import org.factcheck.ui.internal.annotate.SpanIndex.Entry;

/**
 * The spans as annotations of the text framework, one annotation type per style, so that the overview ruler beside
 * the text shows where in the article spans are (click a mark to go there).
 */
final class SpanOverview {

    static final String TYPE_PREFIX = "org.factcheck.ui.span.";

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
    private final ISharedTextColors colors = new ISharedTextColors() {
        @Override
        public Color getColor(RGB rgb) {
            return resources.create(ColorDescriptor.createFrom(rgb));
        }

        @Override
        public void dispose() {
            resources.dispose();
        }
    };
    private final OverviewRuler ruler;
    private AnnotationModel model = new AnnotationModel();
    private final Map<TextSpan, Annotation> annotations = new IdentityHashMap<>();

    SpanOverview() {
        IAnnotationAccess access = new IAnnotationAccess() {
            @Override
            public Object getType(Annotation annotation) {
                return annotation.getType();
            }

            @Override
            public boolean isMultiLine(Annotation annotation) {
                return true;
            }

            @Override
            public boolean isTemporary(Annotation annotation) {
                return true;
            }
        };
        ruler = new OverviewRuler(access, 14, colors);
        for (int style = 0; style < SpanStyles.COUNT; style++) {
            String type = TYPE_PREFIX + style;
            ruler.addAnnotationType(type);
            ruler.addHeaderAnnotationType(type);
            ruler.setAnnotationTypeColor(type, colors.getColor(SpanStyles.strongRgb(style)));
            ruler.setAnnotationTypeLayer(type, style == SpanStyles.CLAIM ? 1 : 2);
        }
    }

    OverviewRuler ruler() {
        return ruler;
    }

    /** A fresh, empty model for a new text. */
    AnnotationModel reset() {
        model = new AnnotationModel();
        annotations.clear();
        return model;
    }

    /** Brings the annotations from {@code before} to {@code after} in one change of the model. */
    void update(SpanIndex before, SpanIndex after) {
        List<Annotation> removed = new ArrayList<>();
        Map<Annotation, Position> added = new LinkedHashMap<>();
        for (Entry was : before.entries()) {
            Entry now = after.entry(was.span());
            if (now == null || now.start() != was.start() || now.end() != was.end() || now.style() != was.style()) {
                Annotation old = annotations.remove(was.span());
                if (old != null) {
                    removed.add(old);
                }
            }
        }
        for (Entry now : after.entries()) {
            if (!annotations.containsKey(now.span())) {
                Annotation annotation = new Annotation(TYPE_PREFIX + now.style(), false, SpanStyles.name(now.style()));
                annotations.put(now.span(), annotation);
                added.put(annotation, new Position(now.start(), now.length()));
            }
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            model.replaceAnnotations(removed.toArray(Annotation[]::new), added);
        }
    }

    void dispose() {
        colors.dispose();
    }
}
