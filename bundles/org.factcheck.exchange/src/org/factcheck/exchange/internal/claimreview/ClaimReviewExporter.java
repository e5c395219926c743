package org.factcheck.exchange.internal.claimreview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.core.exporters.ExportException;
import org.factcheck.exchange.internal.Json;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimStatus;
import org.factcheck.model.Document;
import org.factcheck.model.Person;
import org.factcheck.model.Rating;
import org.factcheck.model.TextSpan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a schema.org {@code ClaimReview} for every claim that has a verdict, as a JSON array of JSON-LD
 * objects that each carry their own {@code @context} (so each can be pasted into a page on its own).
 * <p>
 * Google's fact-check rules: {@code claimReviewed}, {@code reviewRating} (with {@code alternateName}) and
 * {@code url} are required; {@code author} (with {@code name}) and {@code itemReviewed} (a {@code Claim} with
 * {@code author}, {@code datePublished}, {@code appearance}, {@code firstAppearance}) are recommended. Numeric
 * rating fields are written only for scored verdicts, from the case's rating scale. {@code claimReviewed} is the
 * claim's short form where the fact-checker gave one; a longer one than Google recommends is written with a warning.
 */
public final class ClaimReviewExporter implements CaseExporter {

    static final String PUBLISHER = "publisher";
    static final String PUBLISHER_URL = "publisher-url";
    static final String REVIEW_URL_BASE = "review-url-base";
    static final String DATE_PUBLISHED = "date-published";
    static final String PUBLISHED_ONLY = "published-only";
    /** The longest {@code claimReviewed} Google's guidelines recommend, in characters. */
    static final int RECOMMENDED_LENGTH = 75;

    @Override
    public void export(ExportContext context, OutputStream out) throws ExportException, IOException {
        String publisher = context.option(PUBLISHER).orElseThrow(
                () -> new ExportException("ClaimReview needs the name of the publisher of the fact check (option “publisher”)."));
        String urlBase = folder(httpUrl(REVIEW_URL_BASE, context.option(REVIEW_URL_BASE).orElseThrow(
                () -> new ExportException("ClaimReview needs the address of the fact check (option “review-url-base”)."))));
        String publisherUrl = context.option(PUBLISHER_URL).isPresent()
                ? httpUrl(PUBLISHER_URL, context.option(PUBLISHER_URL).get()) : null;
        LocalDate published = date(context);
        String only = context.option(PUBLISHED_ONLY).orElse("false");
        if (!only.equals("true") && !only.equals("false")) {
            throw new ExportException("The option “" + PUBLISHED_ONLY + "” must be true or false, not “" + only + "”.");
        }
        boolean publishedOnly = Boolean.parseBoolean(only);

        CaseFile caseFile = context.caseFile();
        IntSummaryStatistics scale = caseFile.getRatingScale() == null ? new IntSummaryStatistics()
                : caseFile.getRatingScale().getRatings().stream().filter(Rating::isScored)
                        .mapToInt(Rating::getValue).summaryStatistics();
        ArrayNode reviews = Json.array();
        for (Claim claim : caseFile.getClaims()) {
            if (claim.getVerdict() == null || publishedOnly && claim.getStatus() != ClaimStatus.PUBLISHED) {
                continue;
            }
            ObjectNode review = reviews.addObject();
            review.put("@context", "https://schema.org");
            review.put("@type", "ClaimReview");
            review.put("url", urlBase + claim.getId());
            review.put("claimReviewed", claimReviewed(claim, context));
            LocalDate reviewed = published != null ? published
                    : claim.getCreated() == null ? null : LocalDate.ofInstant(claim.getCreated(), ZoneOffset.UTC);
            if (reviewed != null) {
                review.put("datePublished", reviewed.toString());
            }
            ObjectNode author = review.putObject("author");
            author.put("@type", "Organization");
            author.put("name", publisher);
            Json.putText(author, "url", publisherUrl);
            review.set("reviewRating", rating(claim, scale));
            review.set("itemReviewed", claimNode(claim));
        }
        Json.write(reviews, out);
    }

    /**
     * The claim's short form where it has one, else its statement; a warning when that is longer than the
     * {@value #RECOMMENDED_LENGTH} characters Google recommends (its search results cut it there).
     */
    private static String claimReviewed(Claim claim, ExportContext context) {
        String shortForm = claim.getShortStatement() == null ? "" : claim.getShortStatement().strip();
        String text = shortForm.isEmpty() ? claim.getStatement() : shortForm;
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (length > RECOMMENDED_LENGTH) {
            context.warn("ClaimReview: the claim “" + abbreviated(text) + "” (" + claim.getId() + ") is published with "
                    + length + " characters as claimReviewed; Google recommends at most " + RECOMMENDED_LENGTH + ". "
                    + (shortForm.isEmpty() ? "Give it a short form (claim editor, “Short form”)."
                            : "Shorten its short form."));
        }
        return text;
    }

    private static String abbreviated(String text) {
        int cut = 40;
        return text.codePointCount(0, text.length()) <= cut ? text
                : text.substring(0, text.offsetByCodePoints(0, cut)).stripTrailing() + "…";
    }

    private static ObjectNode rating(Claim claim, IntSummaryStatistics scale) {
        Rating verdict = claim.getVerdict();
        ObjectNode rating = Json.object();
        rating.put("@type", "Rating");
        rating.put("alternateName", verdict.getLabel());
        rating.put("name", verdict.getLabel());
        if (verdict.isScored() && scale.getCount() > 1 && scale.getMin() < scale.getMax()) {
            rating.put("ratingValue", verdict.getValue());
            rating.put("bestRating", scale.getMax());
            rating.put("worstRating", scale.getMin());
        }
        Json.putText(rating, "ratingExplanation", claim.getExplanation());
        return rating;
    }

    private static ObjectNode claimNode(Claim claim) {
        ObjectNode item = Json.object();
        item.put("@type", "Claim");
        Actor claimant = claim.getClaimant();
        if (claimant != null && claimant.getName() != null) {
            ObjectNode author = item.putObject("author");
            author.put("@type", claimant instanceof Person ? "Person" : "Organization");
            author.put("name", claimant.getName());
            if (claimant instanceof Person person) {
                Json.putText(author, "jobTitle", person.getRole());
            }
        }
        if (claim.getDateSaid() != null) {
            item.put("datePublished", claim.getDateSaid().toString());
        }
        Map<Document, ObjectNode> works = new LinkedHashMap<>();
        claim.getAppearances().stream().map(TextSpan::getDocument).filter(Objects::nonNull)
                .forEach(d -> works.computeIfAbsent(d, ClaimReviewExporter::work));
        if (!works.isEmpty()) {
            ArrayNode appearance = item.putArray("appearance");
            works.values().forEach(appearance::add);
            works.keySet().stream().min(Comparator.comparing((Document d) -> d.getPublished() == null ? LocalDate.MAX
                    : d.getPublished())).ifPresent(first -> item.set("firstAppearance", works.get(first)));
        }
        return item;
    }

    private static ObjectNode work(Document document) {
        ObjectNode work = Json.object();
        work.put("@type", "CreativeWork");
        Json.putText(work, "url", document.getUrl());
        Json.putText(work, "headline", document.getTitle());
        if (document.getPublished() != null) {
            work.put("datePublished", document.getPublished().toString());
        }
        if (document.getOutlet() != null && document.getOutlet().getName() != null) {
            ObjectNode publisher = work.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", document.getOutlet().getName());
            java.util.List<String> aliases = document.getOutlet().getAliases().stream().filter(a -> a != null && !a.isBlank()).toList();
            if (!aliases.isEmpty()) { // schema.org's alternateName, as Google's ClaimReview reads it for a publisher
                aliases.forEach(publisher.putArray("alternateName")::add);
            }
        }
        return work;
    }

    private static LocalDate date(ExportContext context) throws ExportException {
        String value = context.option(DATE_PUBLISHED).orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ExportException("The option “" + DATE_PUBLISHED + "” must be a date like 2026-11-21, not “" + value + "”.");
        }
    }

    /**
     * The base as a folder, so that the claim's id becomes a segment of its own: "https://a/checks" gives
     * "https://a/checks/ID", not "https://a/checksID". A base ending in "/", "=" or "#" is used as given.
     */
    private static String folder(String base) {
        return base.endsWith("/") || base.endsWith("=") || base.endsWith("#") ? base : base + "/";
    }

    private static String httpUrl(String option, String value) throws ExportException {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ExportException("The option “" + option + "” must be an absolute http or https URL, not “" + value + "”.");
    }
}
