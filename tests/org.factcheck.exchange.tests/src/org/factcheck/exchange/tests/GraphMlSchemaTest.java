package org.factcheck.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The GraphML export is valid against the published GraphML 1.0 XML Schema (shipped with the tests in
 * {@code schemas/graphml/1.0}, read without a network connection), and readers find each key's human label.
 */
class GraphMlSchemaTest {

    private static final String PUBLISHED = "http://graphml.graphdrawing.org/xmlns/1.0/";
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Test
    void theDemoExportIsValidGraphMl() throws Exception {
        byte[] graphml = Demo.export("graphml", Demo.load(), Map.of());
        assertEquals(List.of(), violations(graphml));
    }

    @Test
    void statementsWithMarkupQuotesAndOtherScriptsStayValid() throws Exception {
        CaseFile demo = Demo.load();
        Claim claim = demo.getClaims().get(0);
        claim.setStatement("<b>“Borders” & 'regions'</b> — Границы \u05d2\u05d1\u05d5\u05dc 😀 ]]> end");
        byte[] graphml = Demo.export("graphml", demo, Map.of());
        assertEquals(List.of(), violations(graphml));
        assertTrue(new String(graphml, StandardCharsets.UTF_8).contains("Границы"));
    }

    @Test
    void keysHaveNmtokenNamesAndTheirLabelsInADescription() throws Exception {
        byte[] graphml = Demo.export("graphml", Demo.load(), Map.of());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList keys = factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml))
                .getElementsByTagNameNS(NS, "key");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            assertTrue(key.getAttribute("attr.name").matches("[\\p{L}\\p{Nd}._:-]+"), key.getAttribute("attr.name"));
            NodeList desc = key.getElementsByTagNameNS(NS, "desc");
            assertEquals(1, desc.getLength(), "a description for " + key.getAttribute("id"));
            labels.add(desc.item(0).getTextContent());
        }
        assertTrue(labels.containsAll(List.of("Date said", "Verdict colour", "Statement", "Relation")), labels.toString());
    }

    @Test
    void theSchemaRejectsWhatTheOldExportWrote() throws Exception {
        String old = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="dateSaid" for="node" attr.name="Date said" attr.type="string"/>
                <graph id="g" edgedefault="directed"><node id="n1"/></graph>
                </graphml>
                """;
        List<String> violations = violations(old.strip().getBytes(StandardCharsets.UTF_8));
        assertTrue(violations.get(0).contains("'Date said' is not a valid value for 'NMTOKEN'"), violations.toString());
    }

    /** What the GraphML 1.0 schema finds wrong with a document; empty if it is valid. */
    private static List<String> violations(byte[] document) throws Exception {
        Validator validator = schema().newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        return errors;
    }

    private static Schema schema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> local(systemId, publicId, baseUri));
        return factory.newSchema(new StreamSource(shipped("graphml.xsd"), PUBLISHED + "graphml.xsd"));
    }

    /** The shipped copy of a published schema file; anything else fails the test (no network). */
    private static LSInput local(String systemId, String publicId, String baseUri) {
        assertNotNull(systemId, "a schema without a location");
        assertTrue(systemId.startsWith(PUBLISHED) || !systemId.contains(":"), "only the GraphML 1.0 files: " + systemId);
        String name = systemId.substring(systemId.lastIndexOf('/') + 1);
        InputStream in = shipped(name);
        return new LSInput() {
            // @formatter:off
            @Override public Reader getCharacterStream() { return null; }
            @Override public void setCharacterStream(Reader r) { }
            @Override public InputStream getByteStream() { return in; }
            @Override public void setByteStream(InputStream b) { }
            @Override public String getStringData() { return null; }
            @Override public void setStringData(String s) { }
            @Override public String getSystemId() { return PUBLISHED + name; }
            @Override public void setSystemId(String s) { }
            @Override public String getPublicId() { return publicId; }
            @Override public void setPublicId(String p) { }
            @Override public String getBaseURI() { return baseUri; }
            @Override public void setBaseURI(String b) { }
            @Override public String getEncoding() { return null; }
            @Override public void setEncoding(String e) { }
            @Override public boolean getCertifiedText() { return false; }
            @Override public void setCertifiedText(boolean c) { }
            // @formatter:on
        };
    }

    private static InputStream shipped(String name) {
        URL url = GraphMlSchemaTest.class.getResource("/schemas/graphml/1.0/" + name);
        assertNotNull(url, "the test bundle ships " + name);
        try {
            return url.openStream();
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read the shipped " + name, e);
        }
    }

    @Test
    void aSchemaThatIsNotShippedIsNotFetched() {
        AssertionError e = assertThrows(AssertionError.class, () -> local("http://example.org/other.xsd", null, null));
        assertTrue(e.getMessage().contains("only the GraphML 1.0 files"), e.getMessage());
    }
}
