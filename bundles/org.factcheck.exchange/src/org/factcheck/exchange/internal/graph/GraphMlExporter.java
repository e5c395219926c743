package org.factcheck.exchange.internal.graph;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.factcheck.core.exporters.CaseExporter;
import org.factcheck.core.exporters.ExportContext;
import org.factcheck.exchange.internal.CaseNames;
import org.factcheck.model.CaseFile;
import org.factcheck.model.Claim;
import org.factcheck.model.ClaimRelation;

/**
 * Writes the claim graph as GraphML: one directed graph, a node per claim (statement, claimant, date, verdict
 * and its colour, status) and an edge per relation (kind, polarity, rationale). Node and edge ids are the
 * model's ids, so tools can map results back to the case. Each key's {@code attr.name} is its id (the schema
 * wants an NMTOKEN: no spaces) and its human label is the key's {@code desc}.
 */
public final class GraphMlExporter implements CaseExporter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private static final String[][] NODE_KEYS = { { "statement", "Statement" }, { "claimant", "Claimant" },
            { "dateSaid", "Date said" }, { "verdict", "Verdict" }, { "verdictColor", "Verdict colour" },
            { "status", "Status" } };
    private static final String[][] EDGE_KEYS = { { "kind", "Relation" }, { "polarity", "Polarity" },
            { "rationale", "Rationale" } };

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            write(context.caseFile(), xml);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write GraphML: " + e.getMessage(), e);
        }
    }

    private static void write(CaseFile caseFile, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NS);
        xml.writeCharacters("\n");
        keys(xml, "node", NODE_KEYS);
        keys(xml, "edge", EDGE_KEYS);
        xml.writeStartElement("graph");
        xml.writeAttribute("id", caseFile.getId() == null ? "case" : caseFile.getId());
        xml.writeAttribute("edgedefault", "directed");
        xml.writeCharacters("\n");
        for (Claim claim : caseFile.getClaims()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", claim.getId());
            data(xml, "statement", claim.getStatement());
            data(xml, "claimant", claim.getClaimant() == null ? null : CaseNames.name(claim.getClaimant()));
            data(xml, "dateSaid", claim.getDateSaid() == null ? null : claim.getDateSaid().toString());
            data(xml, "verdict", claim.getVerdict() == null ? null : claim.getVerdict().getLabel());
            data(xml, "verdictColor", claim.getVerdict() == null ? null : claim.getVerdict().getColor());
            data(xml, "status", claim.getStatus() == null ? null : claim.getStatus().getLiteral());
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        for (ClaimRelation relation : caseFile.getRelations()) {
            if (relation.getSource() == null || relation.getTarget() == null) {
                continue;
            }
            xml.writeStartElement("edge");
            xml.writeAttribute("id", relation.getId());
            xml.writeAttribute("source", relation.getSource().getId());
            xml.writeAttribute("target", relation.getTarget().getId());
            data(xml, "kind", relation.getKind() == null ? null : relation.getKind().getName());
            data(xml, "polarity", relation.getKind() == null ? null : relation.getKind().getPolarity().getLiteral());
            data(xml, "rationale", relation.getRationale());
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private static void keys(XMLStreamWriter xml, String domain, String[][] keys) throws XMLStreamException {
        for (String[] key : keys) {
            xml.writeStartElement("key");
            xml.writeAttribute("id", key[0]);
            xml.writeAttribute("for", domain);
            xml.writeAttribute("attr.name", key[0]); // an NMTOKEN, as the GraphML schema requires
            xml.writeAttribute("attr.type", "string");
            xml.writeStartElement("desc");
            xml.writeCharacters(key[1]);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement("data");
            xml.writeAttribute("key", key);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }
}
