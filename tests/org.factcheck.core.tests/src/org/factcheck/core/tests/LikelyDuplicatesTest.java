package org.factcheck.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.core.names.LikelyDuplicates;
import org.factcheck.core.names.NameKey;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFactory;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;
import org.factcheck.model.Source;
import org.junit.jupiter.api.Test;

/** Which people, organisations and sources look like the same one entered twice. */
class LikelyDuplicatesTest {

    private final CaseFile root = CaseFactory.eINSTANCE.createCaseFile();

    private Person person(String name, String... aliases) {
        Person person = CaseFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.getAliases().addAll(List.of(aliases));
        root.getActors().add(person);
        return person;
    }

    private Organisation organisation(String name) {
        Organisation organisation = CaseFactory.eINSTANCE.createOrganisation();
        organisation.setName(name);
        root.getActors().add(organisation);
        return organisation;
    }

    private Source source(String name) {
        Source source = CaseFactory.eINSTANCE.createSource();
        source.setName(name);
        root.getSources().add(source);
        return source;
    }

    @Test
    void surnameAloneMatchesTheFullName() {
        Person full = person("Dmitry Peskov", "Dmitri Peskov");
        Person surname = person("Peskov");
        assertEquals(List.of(surname), LikelyDuplicates.of(root, full));
        assertEquals("same surname", LikelyDuplicates.reason(full, surname).orElseThrow());
    }

    @Test
    void transliterationsWithTheSameInitialMatchButOtherFirstNamesDoNot() {
        Person dmitry = person("Dmitry Peskov");
        Person dmitri = person("Dmitri Peskov");
        Person other = person("Nikolai Peskov");
        assertEquals(List.of(dmitri), LikelyDuplicates.of(root, dmitry));
        assertTrue(LikelyDuplicates.reason(dmitry, other).isEmpty(), "another Peskov is another person");
    }

    @Test
    void anAliasMatchesAnotherNameIgnoringCaseAccentsAndPunctuation() {
        Person cyrillic = person("Volodymyr Zelenskyy", "Зеленський", "Zelenskyj");
        Person latin = person("zelenskyj.");
        Person accented = person("Zelénskyj");
        assertEquals("alias matches", LikelyDuplicates.reason(cyrillic, latin).orElseThrow());
        assertEquals(List.of(cyrillic, latin), LikelyDuplicates.of(root, accented));
    }

    @Test
    void peopleAreNotComparedWithOrganisations() {
        Person person = person("Kremlin");
        Organisation organisation = organisation("Kremlin");
        assertTrue(LikelyDuplicates.reason((Actor) person, organisation).isEmpty());
        assertEquals(List.of(), LikelyDuplicates.actors(root));
    }

    @Test
    void organisationsAndSourcesMatchWhenOneNameHoldsAllWordsOfTheOther() {
        Organisation kremlin = organisation("The Kremlin");
        Organisation office = organisation("Kremlin");
        Organisation ministry = organisation("Ministry of Defence of Ukraine");
        assertEquals(List.of(office), LikelyDuplicates.of(root, kremlin));
        assertEquals(List.of(), LikelyDuplicates.of(root, ministry));
        Source reuters = source("Reuters");
        Source thomson = source("Thomson Reuters");
        Source tass = source("TASS");
        source("AP");
        assertEquals(List.of(thomson), LikelyDuplicates.of(root, reuters));
        assertEquals(List.of(), LikelyDuplicates.of(root, tass));
        assertEquals(1, LikelyDuplicates.sources(root).size());
    }

    @Test
    void aSourceAliasMatchesAnotherSourceName() {
        Source reuters = source("Reuters News");
        Source agency = source("Thomson agency wire");
        reuters.getAliases().add("Thomson Agency Wire");
        source("TASS").getAliases().add("Telegraph Agency");
        assertEquals(List.of(agency), LikelyDuplicates.of(root, reuters), "the alias is the other's name");
        assertEquals(java.util.Optional.of("alias matches"), LikelyDuplicates.reason(reuters, agency));
        assertEquals(List.of(), LikelyDuplicates.of(root, root.getSources().get(2)), "no alias of TASS matches");
    }

    @Test
    void emptyNamesMatchNothing() {
        person(null);
        person("  ");
        person("Peskov");
        assertEquals(List.of(), LikelyDuplicates.actors(root));
        assertEquals("dmitry peskov", NameKey.of(" Dmítry  PESKOV, ").toString());
    }
}
