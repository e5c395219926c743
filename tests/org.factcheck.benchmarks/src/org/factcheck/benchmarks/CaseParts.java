package org.factcheck.benchmarks;

import static org.factcheck.benchmarks.Vocabulary.ANNOTATORS;
import static org.factcheck.benchmarks.Vocabulary.FIRST;
import static org.factcheck.benchmarks.Vocabulary.LANGUAGES;
import static org.factcheck.benchmarks.Vocabulary.LANGUAGE_TAGS;
import static org.factcheck.benchmarks.Vocabulary.LAST;
import static org.factcheck.benchmarks.Vocabulary.NOTES;
import static org.factcheck.benchmarks.Vocabulary.OUTLET_WORDS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.factcheck.core.text.Hashes;
import org.factcheck.model.AnchorStatus;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.Document;
import org.factcheck.model.Evidence;
import org.factcheck.model.Reliability;
import org.factcheck.model.Source;
import org.factcheck.model.SourceKind;
import org.factcheck.model.SpanKind;
import org.factcheck.model.Stance;
import org.factcheck.model.TextSpan;

/**
 * The single objects of a generated case (outlets, articles, spans, evidence) and the random choices they are made
 * of. {@link CaseGenerator} shares its {@link Random} with it, so a seed still gives the same case.
 */
final class CaseParts {

    private static final CaseFactory F = CaseFactory.eINSTANCE;

    private final Random random;
    private final CaseGenerator.Size size;

    CaseParts(Random random, CaseGenerator.Size size) {
        this.random = random;
        this.size = size;
    }

    Source source(int i) {
        Source source = F.createSource();
        source.setName(pick(OUTLET_WORDS) + " " + pick(OUTLET_WORDS) + " " + (i + 1));
        source.setKind(SourceKind.get(random.nextInt(SourceKind.VALUES.size())));
        source.setUrl("https://news" + (i + 1) + ".example.org/");
        source.setReliability(Reliability.get(random.nextInt(Reliability.VALUES.size())));
        if (random.nextBoolean()) {
            source.setNote(pick(NOTES));
        }
        return source;
    }

    Document document(int index, Source outlet) {
        int language = random.nextInt(LANGUAGES.length);
        String[] words = LANGUAGES[language];
        int targetBytes = size.minDocBytes() + random.nextInt(size.maxDocBytes() - size.minDocBytes() + 1);
        StringBuilder text = new StringBuilder(targetBytes);
        String title = sentence(words, 6, 16);
        text.append(title).append('\n');
        int bytes = utf8Length(title) + 1;
        while (bytes < targetBytes) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 2 + random.nextInt(5); s > 0; s--) {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                // now and then a sentence in another language, as when an article quotes someone
                paragraph.append(sentence(random.nextInt(8) == 0 ? pick(LANGUAGES) : words, 6, 28));
            }
            paragraph.append('\n');
            String p = paragraph.toString();
            text.append(p);
            bytes += utf8Length(p);
        }
        Document document = F.createDocument();
        document.setTitle(title);
        document.setOutlet(outlet);
        document.setUrl(outlet.getUrl() + "2022/" + (index + 1) + "/article-" + Integer.toHexString(random.nextInt()));
        document.setAuthor(pick(FIRST) + " " + pick(LAST));
        document.setPublished(LocalDate.of(2022, 2, 24).plusDays(random.nextInt(1400)));
        document.setRetrieved(instant());
        document.setLanguage(LANGUAGE_TAGS[language]);
        document.setText(text.toString());
        document.setTextSha256(Hashes.sha256Hex(document.getText()));
        document.setMediaType(random.nextInt(3) == 0 ? "text/html" : "text/plain");
        return document;
    }

    TextSpan span(int[] text, SpanKind kind) {
        int length = Math.min(text.length, 15 + random.nextInt(150));
        int start = random.nextInt(text.length - length + 1);
        int end = start + length;
        int context = 32;
        TextSpan span = F.createTextSpan();
        span.setStart(start);
        span.setEnd(end);
        span.setExact(new String(text, start, length));
        span.setPrefix(new String(text, Math.max(0, start - context), start - Math.max(0, start - context)));
        span.setSuffix(new String(text, end, Math.min(text.length, end + context) - end));
        span.setKind(kind);
        if (kind == SpanKind.NOTE || random.nextInt(5) == 0) {
            span.setNote(pick(NOTES));
        }
        span.setAuthor(pick(ANNOTATORS));
        span.setCreated(instant());
        int anchor = random.nextInt(50);
        span.setAnchorStatus(anchor < 45 ? AnchorStatus.ANCHORED : anchor < 49 ? AnchorStatus.FUZZY : AnchorStatus.ORPHANED);
        return span;
    }

    Evidence evidence(TextSpan span, List<Source> sources) {
        Evidence evidence = F.createEvidence();
        evidence.setStance(Stance.get(random.nextInt(Stance.VALUES.size())));
        evidence.setSpan(span);
        if (random.nextInt(5) > 0) {
            evidence.setSource(pick(sources));
        }
        if (random.nextInt(10) < 6) {
            evidence.setNote(pick(NOTES));
        }
        if (random.nextBoolean()) {
            evidence.setUrl("https://evidence.example.org/item/" + Integer.toUnsignedString(random.nextInt(), 36));
            evidence.setRetrieved(instant());
        }
        if (random.nextInt(10) < 3) {
            evidence.setContentSha256(Hashes.sha256Hex(span.getExact()));
        }
        return evidence;
    }

    String sentence(String[] words, int min, int max) {
        return Vocabulary.sentence(random, words, min, max);
    }

    Instant instant() {
        // Some timestamps with milliseconds, most without, as Instant.toString() writes them.
        long seconds = random.nextInt(3 * 365 * 24 * 3600);
        return CaseGenerator.EPOCH.plusSeconds(seconds).plusMillis(random.nextInt(4) == 0 ? random.nextInt(1000) : 0);
    }

    String color() {
        return String.format(java.util.Locale.ROOT, "#%06X", random.nextInt(0x1000000));
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
