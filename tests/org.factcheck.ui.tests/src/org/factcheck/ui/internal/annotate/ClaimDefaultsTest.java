package org.factcheck.ui.internal.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who said it: the claimant the new-claim dialog proposes for a quote. */
class ClaimDefaultsTest {

    private CaseFile caseFile;
    private Person peskov;
    private Person putin;

    @BeforeEach
    void actors() {
        caseFile = CaseFactory.eINSTANCE.createCaseFile();
        peskov = person("Dmitry Peskov", "Dmitri Peskov");
        putin = person("Vladimir Putin");
    }

    @Test
    void aKnownPersonBeforeAVerbOfSaying() {
        assertSame(peskov, guess("On Monday Peskov said [the borders will be clarified later].").actor());
    }

    @Test
    void aKnownPersonAfterTheQuoteByAlias() {
        assertSame(peskov, guess("\"[We will continue consultations]\", said Dmitri Peskov on Monday.").actor());
    }

    @Test
    void theSpeakerRatherThanThePersonTheStatementIsAbout() {
        assertSame(peskov, guess("Peskov told reporters that [President Putin has signed the decrees].").actor());
    }

    @Test
    void theSpeakerNextToAVerbOfSayingRatherThanTheNearerOrganisation() {
        org.factcheck.model.Organisation kremlin = CaseFactory.eINSTANCE.createOrganisation();
        kremlin.setName("Kremlin");
        caseFile.getActors().add(kremlin);
        assertSame(peskov, guess("\"[It is a subject of the Russian Federation]\", Kremlin spokesman Dmitry Peskov told reporters.")
                .actor());
        assertSame(kremlin, guess("The Kremlin said on Friday that [the region remained a subject of Russia].").actor());
    }

    @Test
    void someoneTheCaseDoesNotKnowIsProposedAsANewPerson() {
        ClaimDefaults.Guess guess = guess("\"[These lands are Ukraine]\", NATO Secretary General Jens Stoltenberg said.");
        assertNull(guess.actor());
        assertEquals("Jens Stoltenberg", guess.newName());
    }

    @Test
    void aNewSpeakerAtTheQuoteRatherThanAKnownOneSentencesAway() {
        ClaimDefaults.Guess guess = guess("Peskov said the Donetsk and Luhansk regions would be incorporated.\nRussian "
                + "lawmakers on Monday ratified the treaties. \"[All the territories will be defended with all the means at our "
                + "disposal]\", Russian Security Council deputy chairman Dmitry Medvedev wrote on Telegram.");
        assertNull(guess.actor(), "not Peskov, who said something else before");
        assertEquals("Dmitry Medvedev", guess.newName());
    }

    @Test
    void aNewSpeakerOnAnotherLineDoesNotBeatAKnownOneInTheQuote() {
        assertSame(putin, guess("\"These lands are Ukraine,\" NATO Secretary General Jens Stoltenberg said last week.\n"
                + "[Putin on Friday vowed to defend the four annexed regions].").actor());
    }

    @Test
    void aKnownSpeakerIsNotProposedAsANewOne() {
        assertSame(peskov, guess("Putin's spokesman said so. \"[It will be clarified]\", Kremlin spokesman Dmitry Peskov told "
                + "reporters.").actor());
    }

    @Test
    void noOneNamedNoGuess() {
        assertEquals(ClaimDefaults.Guess.NONE, guess("The weather was [cold and wet] all week."));
    }

    @Test
    void namesInOtherParagraphsDoNotCount() {
        assertEquals(ClaimDefaults.Guess.NONE, guess("Peskov said nothing.\n\nThe report says [the front is quiet]."));
    }

    /** Guesses for the part of {@code text} in brackets (the brackets are removed). */
    private ClaimDefaults.Guess guess(String text) {
        int start = text.indexOf('[');
        int end = text.indexOf(']') - 1;
        String plain = text.replace("[", "").replace("]", "");
        return ClaimDefaults.claimant(caseFile, plain, start, end);
    }

    private Person person(String name, String... aliases) {
        Person person = CaseFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.getAliases().addAll(java.util.List.of(aliases));
        caseFile.getActors().add(person);
        return person;
    }
}
