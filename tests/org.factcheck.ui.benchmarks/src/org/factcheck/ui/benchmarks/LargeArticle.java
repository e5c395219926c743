package org.factcheck.ui.benchmarks;

import java.util.Random;

import org.factcheck.core.CaseFiles;
import org.factcheck.core.text.Quotes;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;

/**
 * A generated case for the editor benchmark: one article of about 1 MB of prose-like text (ASCII, so that char and
 * code point offsets coincide and span generation stays simple) with many overlapping spans of all kinds: claim
 * appearances of 2,000 claims, evidence of every stance, notes. Deterministic for a given seed.
 */
final class LargeArticle {

    private static final String[] WORDS = ("the kremlin said borders regions would be decided after consultations with "
            + "local population annexed territories army retreat ukraine forces spokesperson reporters monday statement "
            + "officials according to reports decree referendum control front villages river southern eastern").split(" ");

    private LargeArticle() {
    }

    static CaseFile build(int chars, int spans, long seed) {
        Random random = new Random(seed);
        CaseFile caseFile = CaseFiles.newCase("Benchmark: a long article with many spans");
        Document document = CaseFactory.eINSTANCE.createDocument();
        document.setTitle("Generated article (" + chars / 1000 + " kB, " + spans + " spans)");
        document.setText(text(chars, random));
        caseFile.getDocuments().add(document);
        for (int i = 0; i < 2000; i++) {
            Claim claim = CaseFactory.eINSTANCE.createClaim();
            claim.setStatement("Generated claim " + i);
            caseFile.getClaims().add(claim);
        }
        String text = document.getText();
        for (int i = 0; i < spans; i++) {
            int length = 10 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 300);
            int start = random.nextInt(text.length() - length);
            int kind = random.nextInt(100);
            TextSpan span = span(text, start, start + length, kind < 60 ? SpanKind.CLAIM_APPEARANCE
                    : kind < 85 ? SpanKind.EVIDENCE : SpanKind.NOTE);
            document.getAnnotations().add(span);
            Claim claim = caseFile.getClaims().get(random.nextInt(caseFile.getClaims().size()));
            if (span.getKind() == SpanKind.CLAIM_APPEARANCE) {
                claim.getAppearances().add(span);
            } else if (span.getKind() == SpanKind.EVIDENCE) {
                Evidence evidence = CaseFactory.eINSTANCE.createEvidence();
                evidence.setSpan(span);
                evidence.setStance(Stance.get(random.nextInt(3)));
                claim.getEvidence().add(evidence);
            } else {
                span.setNote("Generated note " + i);
            }
        }
        return caseFile;
    }

    /** A span with its quote and context; the text is ASCII, so char offsets are code point offsets. */
    static TextSpan span(String text, int start, int end, SpanKind kind) {
        Quotes.Selector selector = new Quotes.Selector(text.substring(start, end),
                text.substring(Math.max(0, start - Quotes.CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + Quotes.CONTEXT)));
        TextSpan span = CaseFactory.eINSTANCE.createTextSpan();
        span.setStart(start);
        span.setEnd(end);
        span.setExact(selector.exact());
        span.setPrefix(selector.prefix());
        span.setSuffix(selector.suffix());
        span.setKind(kind);
        return span;
    }

    private static String text(int chars, Random random) {
        StringBuilder text = new StringBuilder(chars + 200);
        int sentence = 0;
        while (text.length() < chars) {
            int words = 8 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                text.append(w == words - 1 ? ". " : " ");
            }
            if (++sentence % 5 == 0) {
                text.setLength(text.length() - 1);
                text.append("\n\n");
            }
        }
        return text.toString();
    }
}
