package org.factcheck.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CasePackage;
import org.factcheck.model.Claim;
import org.factcheck.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Instant and LocalDate EDataTypes: their create/convert bodies come from GenModel annotations, so only a test
 * proves that the generated factory does what the plan says (ISO-8601, UTC, null for null or blank, exception for
 * garbage).
 */
class DataTypesTest {

    private static final EDataType INSTANT = CasePackage.Literals.INSTANT;
    private static final EDataType LOCAL_DATE = CasePackage.Literals.LOCAL_DATE;

    @Test
    void dataTypesMapToJavaTime() {
        assertSame(Instant.class, INSTANT.getInstanceClass());
        assertSame(LocalDate.class, LOCAL_DATE.getInstanceClass());
        assertSame(INSTANT, CasePackage.Literals.CASE_FILE__CREATED.getEAttributeType());
        assertSame(LOCAL_DATE, CasePackage.Literals.DOCUMENT__PUBLISHED.getEAttributeType());
        assertSame(LOCAL_DATE, CasePackage.Literals.CLAIM__DATE_SAID.getEAttributeType());
        assertSame(INSTANT, CasePackage.Literals.TEXT_SPAN__CREATED.getEAttributeType());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-21T15:12:00Z",
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z",
            "2026-11-21T15:12:00.120Z",
            "2026-11-21T15:12:00.123456Z",
            "2026-11-21T15:12:00.000000001Z",
            "2024-02-29T23:59:59.999999999Z" })
    void instantRoundTripsCanonicalText(String text) {
        Object value = EcoreUtil.createFromString(INSTANT, text);
        assertEquals(Instant.parse(text), value);
        assertEquals(text, EcoreUtil.convertToString(INSTANT, value));
    }

    @Test
    void instantValueRoundTrips() {
        Instant now = Instant.ofEpochSecond(1_795_273_920L, 987_654_321);
        String text = EcoreUtil.convertToString(INSTANT, now);
        assertEquals("2026-11-21T15:12:00.987654321Z", text);
        assertEquals(now, EcoreUtil.createFromString(INSTANT, text));
    }

    /** Text that is not in the canonical form parses, and converts back to canonical UTC text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-21T16:12:00+01:00    | 2026-11-21T15:12:00Z",
            "2026-11-21T10:12:00-05:00    | 2026-11-21T15:12:00Z",
            "2026-11-21t15:12:00z         | 2026-11-21T15:12:00Z",
            "2026-11-21T15:12:00.500000Z  | 2026-11-21T15:12:00.500Z" })
    void instantIsNormalizedToUtc(String text, String canonical) {
        Object value = EcoreUtil.createFromString(INSTANT, text);
        assertEquals(canonical, EcoreUtil.convertToString(INSTANT, value));
    }

    @Test
    void instantTextIsStrippedBeforeParsing() {
        assertEquals(Instant.parse("2026-11-21T15:12:00Z"),
                EcoreUtil.createFromString(INSTANT, " \t2026-11-21T15:12:00Z\n"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " ", "\t\n", "\u2003" })
    void instantOfNullOrBlankIsNull(String text) {
        assertNull(EcoreUtil.createFromString(INSTANT, text));
    }

    @Test
    void nullInstantConvertsToNull() {
        assertNull(EcoreUtil.convertToString(INSTANT, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "yesterday",
            "2026-11-21",                // a date is not an instant
            "2026-11-21T15:12:00",       // no zone
            "2026-11-21T15:12Z",         // ISO_INSTANT wants seconds
            "2026-11-21 15:12:00Z",      // space instead of T
            "2026-13-01T00:00:00Z",
            "2026-02-29T00:00:00Z",      // 2026 is no leap year
            "1763737920",                // epoch seconds
            "\u00A02026-11-21T15:12:00Z" // NBSP is not stripped
    })
    void invalidInstantTextThrows(String text) {
        assertThrows(DateTimeParseException.class, () -> EcoreUtil.createFromString(INSTANT, text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-21", "2024-02-29", "0001-01-01", "9999-12-31", "+10000-01-01", "-0001-06-15" })
    void localDateRoundTripsCanonicalText(String text) {
        Object value = EcoreUtil.createFromString(LOCAL_DATE, text);
        assertEquals(LocalDate.parse(text), value);
        assertEquals(text, EcoreUtil.convertToString(LOCAL_DATE, value));
    }

    @Test
    void localDateValueRoundTrips() {
        LocalDate date = LocalDate.of(2014, 3, 18);
        assertEquals("2014-03-18", EcoreUtil.convertToString(LOCAL_DATE, date));
        assertEquals(date, EcoreUtil.createFromString(LOCAL_DATE, " 2014-03-18 "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "\r\n" })
    void localDateOfNullOrBlankIsNull(String text) {
        assertNull(EcoreUtil.createFromString(LOCAL_DATE, text));
    }

    @Test
    void nullLocalDateConvertsToNull() {
        assertNull(EcoreUtil.convertToString(LOCAL_DATE, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "21.11.2026", "2026/11/21", "2026-1-5", "2026-02-29", "2026-11-31", "2026-11-21T00:00:00Z",
            "20261121", "today" })
    void invalidLocalDateTextThrows(String text) {
        assertThrows(DateTimeParseException.class, () -> EcoreUtil.createFromString(LOCAL_DATE, text));
    }

    @Test
    void attributesOfTheseTypesHoldTheValues() {
        Document document = CaseFactory.eINSTANCE.createDocument();
        document.setPublished(LocalDate.of(2026, 11, 21));
        document.setRetrieved(Instant.parse("2026-11-21T15:12:00Z"));
        assertEquals("2026-11-21", EcoreUtil.convertToString(LOCAL_DATE, document.getPublished()));
        assertEquals(Instant.parse("2026-11-21T15:12:00Z"), document.eGet(CasePackage.Literals.DOCUMENT__RETRIEVED));

        Claim claim = CaseFactory.eINSTANCE.createClaim();
        assertNull(claim.getDateSaid());
        assertNull(claim.getCreated());
        claim.eSet(CasePackage.Literals.CLAIM__DATE_SAID, EcoreUtil.createFromString(LOCAL_DATE, "2022-02-24"));
        assertEquals(LocalDate.of(2022, 2, 24), claim.getDateSaid());
    }
}
