package org.factcheck.ui.internal.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.factcheck.ui.internal.annotate.SpanIndex.Entry;

/**
 * The spans as annotations of the text framework, one annotation type per style, so that the overview ruler beside
 * the text shows where in the article spans are (click a mark to go there). Spans of one style that overlap or touch
 * are one mark.
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
    private AnnotationModel model = new StaticAnnotationModel();
    /** Per style, the annotation of each run, by {@code start << 32 | end}. */
    private final List<Map<Long, Annotation>> annotations = new ArrayList<>();

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
            annotations.add(new java.util.HashMap<>());
        }
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
        model = new StaticAnnotationModel();
        for (Map<Long, Annotation> runs : annotations) {
            runs.clear();
        }
        return model;
    }

    /** Marks every span of a new index (the model is empty after {@link #reset()}). */
    void addAll(SpanIndex index) {
        boolean[] styles = new boolean[SpanStyles.COUNT];
        java.util.Arrays.fill(styles, true);
        update(index, styles);
    }

    /** Brings the marks of the styles a change touched up to date with the index. */
    void apply(SpanIndex index, SpanIndex.Change change) {
        boolean[] styles = new boolean[SpanStyles.COUNT];
        change.removed().forEach(e -> styles[e.style()] = true);
        change.added().forEach(e -> styles[e.style()] = true);
        update(index, styles);
    }

    /**
     * Recomputes the runs of the given styles (overlapping or touching spans of one style make one run, so the ruler
     * paints hundreds of marks rather than tens of thousands) and replaces the annotations of runs that changed.
     */
    private void update(SpanIndex index, boolean[] styles) {
        List<Map<Long, Position>> fresh = new ArrayList<>();
        for (int style = 0; style < SpanStyles.COUNT; style++) {
            fresh.add(styles[style] ? new LinkedHashMap<>() : null);
        }
        int[] runStart = new int[SpanStyles.COUNT];
        int[] runEnd = new int[SpanStyles.COUNT];
        java.util.Arrays.fill(runEnd, -1);
        for (Entry entry : index.entries()) {
            int style = entry.style();
            if (!styles[style]) {
                continue;
            }
            if (entry.start() > runEnd[style]) {
                close(fresh.get(style), runStart[style], runEnd[style]);
                runStart[style] = entry.start();
            }
            runEnd[style] = Math.max(runEnd[style], entry.end());
        }
        List<Annotation> removed = new ArrayList<>();
        Map<Annotation, Position> added = new LinkedHashMap<>();
        for (int style = 0; style < SpanStyles.COUNT; style++) {
            if (!styles[style]) {
                continue;
            }
            close(fresh.get(style), runStart[style], runEnd[style]);
            Map<Long, Annotation> current = annotations.get(style);
            for (java.util.Iterator<Map.Entry<Long, Annotation>> it = current.entrySet().iterator(); it.hasNext();) {
                Map.Entry<Long, Annotation> run = it.next();
                if (!fresh.get(style).containsKey(run.getKey())) {
                    removed.add(run.getValue());
                    it.remove();
                }
            }
            for (Map.Entry<Long, Position> run : fresh.get(style).entrySet()) {
                if (!current.containsKey(run.getKey())) {
                    Annotation annotation = new Annotation(TYPE_PREFIX + style, false, SpanStyles.name(style));
                    current.put(run.getKey(), annotation);
                    added.put(annotation, run.getValue());
                }
            }
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            model.replaceAnnotations(removed.toArray(Annotation[]::new), added);
        }
    }

    private static void close(Map<Long, Position> runs, int start, int end) {
        if (end > start) {
            runs.put((long) start << 32 | end, new Position(start, end - start));
        }
    }

    /**
     * An annotation model whose positions the document does not track: the text never changes while it is shown (a
     * new version gets a new model), and registering 20,000 positions with the document costs more than the rest of
     * opening the editor together.
     */
    private static final class StaticAnnotationModel extends AnnotationModel {
        @Override
        protected void addPosition(IDocument document, Position position) {
            // not tracked: see above
        }

        @Override
        protected void removePosition(IDocument document, Position position) {
            // not tracked
        }
    }

    void dispose() {
        colors.dispose();
    }
}
