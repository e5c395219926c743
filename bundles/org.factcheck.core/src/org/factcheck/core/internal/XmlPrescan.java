package org.factcheck.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the start of a file with a streaming parser that processes no DTD, before EMF sees it: refuses a
 * {@code DOCTYPE} (the door to external entity and entity expansion attacks), reports XML that is not
 * well-formed up to the elements it needs, and returns the root element and, for an XMI wrapper, its first
 * child.
 * <p>
 * It stops there: a {@code DOCTYPE} can only come before the root element, and the rest of the file is checked
 * by the SAX parser EMF loads it with, which refuses {@code DOCTYPE}s too (see {@code CaseStore.loadOptions()}).
 * Reading a large case file twice would cost a third of the time it takes to open it.
 */
public final class XmlPrescan {

    /** The namespace of XMI, whose {@code XMI} element wraps a file with several roots. */
    public static final String XMI_NS = "http://www.omg.org/XMI";

    /** What the scan found. */
    public record Result(QName root, QName firstChild) {
    }

    /** Why the scan failed; the message completes "it ..." . */
    public static final class Problem extends Exception {

        private static final long serialVersionUID = 1L;

        Problem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private XmlPrescan() {
    }

    /**
     * Scans a file up to its root element, or if the root is an XMI wrapper ({@value #XMI_NS}) up to the first
     * element inside it (to the end of the root if there is none).
     *
     * @param file the file
     * @return the root element and its first child element ({@code null} if none, or if the root is not an XMI
     *         wrapper)
     * @throws Problem     if the file has a DOCTYPE, contains no element, or is not well-formed in the part read
     * @throws IOException if it cannot be read
     */
    public static Result scan(Path file) throws Problem, IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        QName root = null;
        QName firstChild = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                int depth = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new Problem("contains a DOCTYPE declaration, which case files never have "
                                + "(refused to guard against XML entity attacks)", null);
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (root == null) {
                            root = reader.getName();
                            if (!XMI_NS.equals(root.getNamespaceURI())) {
                                break;
                            }
                        } else if (depth == 2) {
                            firstChild = reader.getName();
                            break;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new Problem(describe(e), e);
        }
        if (root == null) {
            throw new Problem("contains no XML element", null);
        }
        return new Result(root, firstChild);
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int detail = message.indexOf("\nMessage: ");
        if (detail >= 0) {
            message = message.substring(detail + "\nMessage: ".length());
        }
        message = message.strip().replaceAll("\\.$", "");
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            return "is not well-formed XML (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ": " + message.strip() + ")";
        }
        return "is not well-formed XML (" + message.strip() + ")";
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // a parser that does not know the property does not fetch external DTDs through it either
        }
    }
}
