package org.factcheck.core;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Creates {@link CaseResource}s. Registered in {@code plugin.xml} for the file extension
 * {@code factcase} and the content type {@code org.factcheck.core.caseFile}; outside OSGi
 * {@link CaseStore} registers it itself.
 */
public class CaseResourceFactory extends XMIResourceFactoryImpl {

    /** The file extension of case files, without the dot. */
    public static final String EXTENSION = "factcase";

    /** The id of the content type of case files. */
    public static final String CONTENT_TYPE = "org.factcheck.core.caseFile";

    /**
     * Creates the factory (the extension registry needs a public no-argument constructor).
     */
    public CaseResourceFactory() {
        super();
    }

    @Override
    public Resource createResource(URI uri) {
        return new CaseResource(uri);
    }
}
