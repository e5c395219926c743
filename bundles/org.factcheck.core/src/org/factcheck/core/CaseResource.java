package org.factcheck.core;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.factcheck.core.internal.Instants;
import org.factcheck.core.internal.SelfContained;
import org.factcheck.model.CasePackage;

/**
 * The resource of a case file: XMI whose roots are one {@code CaseFile} and any number of notation
 * {@code Diagram}s.
 * <p>
 * Every object with a string id (the {@code id} of {@code Identifiable}, {@code Diagram} and
 * {@code Node}) that is attached to the resource without one gets {@code UUID.randomUUID().toString()};
 * objects read from a file keep their ids, and those that have none get one after loading. References
 * are written as these ids, so they survive edits of the tree.
 * <p>
 * Its default options are {@link CaseStore#saveOptions()} and {@link CaseStore#loadOptions()}: saving
 * the same model twice gives the same bytes, with one attribute per line and {@code Document.text} as
 * element content, so that case files diff well in version control.
 * <p>
 * Ids are looked up through a map from id to object (EMF's {@linkplain #getIntrinsicIDToEObjectMap() intrinsic
 * id map}), filled when objects are attached and, after loading, by the first lookup. Without it EMF searches the
 * whole content tree for every reference it reads, which makes loading quadratic in the size of the case.
 * Timestamps in the form {@link Instant#toString()} writes are read without a {@code DateTimeFormatter}.
 * <p>
 * A case file is self-contained: its parser refuses any reference to another file or address, with the line.
 */
public class CaseResource extends XMIResourceImpl {

    private DiskStamp diskStamp;

    /**
     * Creates a resource; normally done by {@link CaseResourceFactory} or {@link CaseStore}.
     *
     * @param uri the URI of the case file
     */
    public CaseResource(URI uri) {
        super(uri);
        getDefaultSaveOptions().putAll(CaseStore.saveOptions());
        getDefaultLoadOptions().putAll(CaseStore.loadOptions());
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new XMIHelperImpl(this) {
            @Override
            protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
                if (eDataType == CasePackage.Literals.INSTANT && value != null) {
                    Instant instant = Instants.parseCanonical(value);
                    if (instant != null) {
                        return instant;
                    }
                }
                return super.createFromString(eFactory, eDataType, value);
            }
        };
    }

    /**
     * A loader whose parser refuses references to anything outside the file (see {@code SelfContained}).
     */
    @Override
    protected XMLLoad createXMLLoad() {
        return SelfContained.load(createXMLHelper());
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    /** What the file looked like when this resource was last loaded from it or saved to it, or null. */
    DiskStamp diskStamp() {
        return diskStamp;
    }

    void setDiskStamp(DiskStamp stamp) {
        diskStamp = stamp;
    }

    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return true;
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        super.attachedHelper(eObject);
        if (!isLoading() && assignId(eObject)) {
            getIntrinsicIDToEObjectMap().put(EcoreUtil.getID(eObject), eObject);
        }
    }

    /**
     * Finds an object by its id in the id map; an entry whose object has since been given another id is dropped,
     * and an id that is not in the map is searched for in the whole tree (which refills the map).
     */
    @Override
    protected EObject getEObjectByID(String id) {
        Map<String, EObject> map = getIntrinsicIDToEObjectMap();
        if (map != null) {
            EObject cached = map.get(id);
            if (cached != null && !id.equals(EcoreUtil.getID(cached))) {
                map.remove(id);
            }
        }
        return super.getEObjectByID(id);
    }

    @Override
    protected void doUnload() {
        super.doUnload();
        Map<String, EObject> map = getIntrinsicIDToEObjectMap();
        if (map != null) {
            map.clear();
        }
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        super.doLoad(inputStream, options);
        for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
            assignId(it.next());
        }
    }

    /**
     * Gives an object a new UUID if it has a string id feature that is not set.
     *
     * @param eObject the object
     * @return whether an id was assigned
     */
    protected static boolean assignId(EObject eObject) {
        EAttribute id = idAttribute(eObject.eClass());
        if (id == null || eObject.eGet(id) != null) {
            return false;
        }
        eObject.eSet(id, UUID.randomUUID().toString());
        return true;
    }

    /** The ID attribute of a class, else its single-valued, changeable string feature named "id". */
    private static EAttribute idAttribute(EClass eClass) {
        EAttribute id = eClass.getEIDAttribute();
        if (id == null) {
            EStructuralFeature feature = eClass.getEStructuralFeature("id");
            id = feature instanceof EAttribute attribute ? attribute : null;
        }
        if (id == null || id.isMany() || !id.isChangeable() || id.getEAttributeType().getInstanceClass() != String.class) {
            return null;
        }
        return id;
    }
}
