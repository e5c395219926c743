package org.factcheck.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Keeps a case file self-contained: loading it never opens another file or a network address.
 * <p>
 * Two walls. The parser refuses, with the line, every reference that names anything but an object of the file
 * itself ({@code other.factcase#x}, {@code file:}, {@code http:}, {@code jar:}, {@code platform:}): such a
 * reference would become a proxy that EMF resolves, on first use, by loading what it names. And a case's resource
 * set gets a URI converter that opens nothing at all, so that nothing that slipped past the parser (an
 * unknown namespace EMF would fetch a package from, a proxy made by code) can reach outside. Case files are read
 * and written through streams the store opens itself, which need no converter.
 */
public final class SelfContained {

    private SelfContained() {
    }

    /** @return a converter that refuses to open, create, delete or even look at anything */
    public static Converter converter() {
        return new Converter();
    }

    /** A converter that refuses to open, create, delete or even look at anything. */
    public static final class Converter extends ExtensibleURIConverterImpl {
        Converter() {
            super(List.of(new Refusing()), List.of());
        }
    }

    /**
     * Creates the loader of a case resource whose parser refuses references to anything outside the file.
     *
     * @param helper the resource's XML helper
     * @return the loader
     */
    public static XMILoadImpl load(XMLHelper helper) {
        return new XMILoadImpl(helper) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new Handler(resource, helper, options);
            }
        };
    }

    /** EMF's XMI handler, refusing proxies that point outside the file. */
    private static final class Handler extends SAXXMIHandler {

        Handler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void handleProxy(InternalEObject proxy, String uriLiteral) {
            URI uri;
            try {
                uri = URI.createURI(uriLiteral);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            boolean insideTheFile = uri != null && uri.hasFragment() && uri.trimFragment().toString().isEmpty();
            if (insideTheFile) {
                super.handleProxy(proxy, uriLiteral);
                return;
            }
            error(new XMIException("it refers to “" + shorten(uriLiteral) + "”, outside the case file; a case file must"
                    + " be self-contained, and nothing outside it was opened", getLocation(), getLineNumber(),
                    getColumnNumber()));
        }

        private static String shorten(String text) {
            return text.length() <= 200 ? text : text.substring(0, 199) + "…";
        }
    }

    /** Answers every request with a refusal. */
    private static final class Refusing extends URIHandlerImpl {

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public void delete(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return Map.of();
        }

        @Override
        public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        private static IOException refused(URI uri) {
            return new IOException("“" + uri + "” is outside the case file; a case never opens other files or addresses.");
        }
    }
}
