package org.factcheck.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.factcheck.core.internal.AtomicFiles;
import org.factcheck.core.internal.SelfContained;
import org.factcheck.core.internal.XmlPrescan;
import org.factcheck.core.text.Abbreviations;
import org.factcheck.core.text.XmlCharacters;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage;
import org.factcheck.model.notation.NotationPackage;
import org.xml.sax.SAXParseException;

/**
 * Opens, creates and saves case files ({@code .factcase}, XMI in UTF-8).
 * <p>
 * {@link #load(ResourceSet, Path)} checks a file thoroughly before and after EMF reads it and reports
 * every problem as a {@link CaseFileException} with a sentence for the user.
 * {@link #save(Resource, Path)} replaces the file atomically and keeps the previous version as
 * {@code <name>.bak}.
 */
public final class CaseStore {

    /** The largest case file that is opened: 256 MiB. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final Map<Object, Object> SAVE_OPTIONS;
    private static final Map<Object, Object> LOAD_OPTIONS;

    static {
        Map<Object, Object> save = new HashMap<>();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, 1);
        save.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        save.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        save.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        // Written out every MiB: without it EMF holds the whole document as text before writing (twice the file's
        // size in memory, which ran a 120 MB case out of memory).
        save.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
        SAVE_OPTIONS = Collections.unmodifiableMap(save);

        Map<String, Boolean> parserFeatures = new HashMap<>();
        parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        parserFeatures.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        // With secure processing, the JDK's parser stops after 100,000 references to the predefined entities (&amp;
        // &quot; &lt; …) in a document, which a large case with many quotes has. There are no other entities to
        // expand, as a DOCTYPE is refused, so the size limits on entities are lifted; the others stay.
        Map<String, Object> parserProperties = new HashMap<>();
        parserProperties.put("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "0");
        parserProperties.put("http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "0");
        parserProperties.put("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "0");
        Map<Object, Object> load = new HashMap<>();
        load.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
        load.put(XMLResource.OPTION_PARSER_FEATURES, Collections.unmodifiableMap(parserFeatures));
        load.put(XMLResource.OPTION_PARSER_PROPERTIES, Collections.unmodifiableMap(parserProperties));
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        LOAD_OPTIONS = Collections.unmodifiableMap(load);

        // Registers both packages in the global EPackage registry, needed outside OSGi.
        CasePackage.eINSTANCE.eClass();
        NotationPackage.eINSTANCE.eClass();
        if (!EMFPlugin.IS_ECLIPSE_RUNNING) {
            Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                    .putIfAbsent(CaseResourceFactory.EXTENSION, new CaseResourceFactory());
        }
    }

    private CaseStore() {
    }

    /**
     * The options {@link CaseResource} saves with: UTF-8, LF line ends, one attribute per line
     * (line width 1), extended metadata (so that {@code Document.text} is element content), no schema
     * location. A reference to an object outside any resource (a deleted span still referenced, an
     * importer's outlet never added to the case) fails the save rather than being silently left out of
     * the file: the file on disk stays as it was and the message names the object.
     *
     * @return an unmodifiable map
     */
    public static Map<Object, Object> saveOptions() {
        return SAVE_OPTIONS;
    }

    /**
     * The options {@link CaseResource} loads with: extended metadata, a SAX parser that refuses DOCTYPE
     * declarations and external entities, deferred id reference resolution, and errors for unknown
     * elements and attributes.
     *
     * @return an unmodifiable map
     */
    public static Map<Object, Object> loadOptions() {
        return LOAD_OPTIONS;
    }

    /**
     * Opens a case file. Returns the resource already in {@code rs} for this file if it is loaded.
     *
     * @param rs   the resource set to load into
     * @param file the case file
     * @return the loaded resource; its first root is a {@link CaseFile}
     * @throws CaseFileException if the file is missing, not a regular readable file, larger than
     *                           {@value #MAX_BYTES} bytes, not well-formed XML, has a DOCTYPE, or is not
     *                           a case file; {@code rs} then holds no resource for it
     */
    public static Resource load(ResourceSet rs, Path file) throws CaseFileException {
        Path path = file.toAbsolutePath().normalize();
        URI uri = uri(path);
        Resource existing = rs.getResource(uri, false);
        if (existing != null && existing.isLoaded()) {
            return existing;
        }
        if (existing != null) {
            rs.getResources().remove(existing);
        }
        check(path);
        selfContained(rs);
        removeLeftovers(path);
        Resource resource = new CaseResourceFactory().createResource(uri);
        rs.getResources().add(resource);
        boolean ok = false;
        try {
            DiskStamp stamp = DiskStamp.of(AtomicFiles.target(path));
            try (InputStream in = Files.newInputStream(path)) {
                resource.load(in, loadOptions());
            }
            if (resource instanceof CaseResource caseResource) {
                caseResource.setDiskStamp(stamp);
            }
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof CaseFile)) {
                throw fail(path, "does not contain a case (its first object is "
                        + (resource.getContents().isEmpty() ? "missing" : resource.getContents().get(0).eClass().getName())
                        + ")", null);
            }
            ok = true;
            return resource;
        } catch (IOException | RuntimeException e) {
            SAXParseException malformed = malformed(e);
            if (malformed != null) {
                throw fail(path, notWellFormed(malformed), e);
            }
            String reason = reason(e);
            throw fail(path, reason.startsWith("it refers to ") ? reason.substring(3) : "could not be read: " + reason, e);
        } finally {
            if (!ok) {
                resource.unload();
                rs.getResources().remove(resource);
            }
        }
    }

    /** Makes sure nothing loaded into {@code rs} can open another file or address. */
    private static void selfContained(ResourceSet rs) {
        if (!(rs.getURIConverter() instanceof SelfContained.Converter)) {
            rs.setURIConverter(SelfContained.converter());
        }
    }

    /** Removes the temporary files of a killed save, when no other process is writing the case. */
    private static void removeLeftovers(Path path) {
        if (!AtomicFiles.hasLeftovers(path)) {
            return;
        }
        try {
            CaseLock.tryAcquire(path).ifPresent(CaseLock::close); // taking the lock removes them
        } catch (IOException e) {
            // a folder this process cannot write to: it cannot have written them either
        }
    }

    /** The XML syntax error that stopped EMF's parser, if that is what went wrong. */
    private static SAXParseException malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException parse) {
                return parse;
            }
        }
        return null;
    }

    /** Says where and why the XML is not well-formed, in the words {@link XmlPrescan} uses. */
    private static String notWellFormed(SAXParseException e) {
        String message = (e.getMessage() == null ? e.toString() : e.getMessage()).strip().replaceAll("\\.$", "");
        if (e.getLineNumber() > 0) {
            return "is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + message + ")";
        }
        return "is not well-formed XML (" + message + ")";
    }

    private static void check(Path path) throws CaseFileException {
        if (!Files.exists(path)) {
            throw fail(path, "does not exist", null);
        }
        if (Files.isDirectory(path)) {
            throw fail(path, "is a folder, not a case file", null);
        }
        if (!Files.isRegularFile(path)) {
            throw fail(path, "is not a regular file", null);
        }
        if (!Files.isReadable(path)) {
            throw fail(path, "cannot be read: permission denied", null);
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                throw fail(path, "is empty", null);
            }
            if (size > MAX_BYTES) {
                throw fail(path, String.format(java.util.Locale.ROOT, "is too large (%.0f MiB; the limit is %d MiB)",
                        size / 1048576.0, MAX_BYTES / 1048576), null);
            }
            XmlPrescan.Result scan = XmlPrescan.scan(path);
            QName first = XmlPrescan.XMI_NS.equals(scan.root().getNamespaceURI()) ? scan.firstChild() : scan.root();
            if (first == null || !CasePackage.eNS_URI.equals(first.getNamespaceURI())
                    || !"CaseFile".equals(first.getLocalPart())) {
                throw fail(path, "is not a case file (it starts with the element "
                        + (first == null ? scan.root() : first) + ", not a CaseFile)", null);
            }
        } catch (XmlPrescan.Problem e) {
            throw fail(path, e.getMessage(), e);
        } catch (IOException e) {
            throw fail(path, "could not be read: " + reason(e), e);
        }
    }

    /**
     * Creates the resource of a new case. Nothing is written until {@link #save(Resource, Path)}.
     *
     * @param rs   the resource set to create it in
     * @param file where the case will be saved
     * @param root the case; it and everything it contains get ids
     * @return the new resource, holding {@code root}
     * @throws IllegalStateException if {@code rs} already has a resource for {@code file}
     */
    public static Resource create(ResourceSet rs, Path file, CaseFile root) {
        URI uri = uri(file.toAbsolutePath().normalize());
        if (rs.getResource(uri, false) != null) {
            throw new IllegalStateException("The resource set already holds " + uri);
        }
        Resource resource = new CaseResourceFactory().createResource(uri);
        rs.getResources().add(resource);
        resource.getContents().add(root);
        return resource;
    }

    /**
     * Saves a resource to a file, safely (see {@link AtomicFiles}): under the case's {@link CaseLock} (this process's
     * own if it holds it, else taken for the save, waiting up to {@link CaseLock#DEFAULT_WAIT} for another writer),
     * into a new temporary file that is forced to disk and renamed over the file, the previous version becoming
     * {@code <name>.bak}; permissions, owner and group are kept and a symbolic link is written through. The bytes
     * depend only on the model (see {@link #saveOptions()}). The resource's URI is not changed.
     * <p>
     * Nothing is written when the file was changed on disk by another program since this resource was loaded from
     * it or saved to it ({@link CaseChangedOnDiskException}), when it is read-only, or when a text of the case has a
     * character that a case file cannot hold.
     *
     * @param resource the resource, usually a {@link CaseResource}
     * @param file     the file to write
     * @throws CaseLock.LockedException    if another process is writing the case
     * @throws CaseChangedOnDiskException if another program changed the file since it was read
     * @throws IOException                if serialization (also with a runtime exception) or any file operation
     *                                    fails; {@code file} and its backup are then unchanged and no temporary file
     *                                    remains
     */
    public static void save(Resource resource, Path file) throws IOException {
        checkCharacters(resource, file);
        try (CaseLock lock = CaseLock.acquire(file, CaseLock.DEFAULT_WAIT)) {
            CaseResource caseResource = resource instanceof CaseResource r ? r : null;
            if (caseResource != null) {
                checkUnchanged(caseResource, lock.caseFile(), file);
            }
            AtomicFiles.replace(file, out -> {
                try {
                    resource.save(out, saveOptions());
                } catch (Resource.IOWrappedException e) {
                    if (e.getCause() instanceof DanglingHREFException dangling) {
                        throw new IOException("Cannot save “" + file + "”: the case refers to something that is not part of it ("
                                + dangling.getMessage() + "). Nothing was written; add the object to the case or remove the reference.", e);
                    }
                    throw e;
                } catch (RuntimeException e) {
                    throw new IOException("Cannot save “" + file + "”: " + shorten(String.valueOf(e)), e);
                }
            });
            if (caseResource != null) {
                caseResource.setDiskStamp(DiskStamp.of(lock.caseFile()));
            }
        }
        resource.setModified(false);
    }

    /**
     * Whether another program (a {@code git pull}, another tool) changed the file a resource was read from or last
     * saved to, so that {@link #save(Resource, Path)} would refuse to overwrite it. Reads only the file's attributes.
     *
     * @param resource a resource loaded or saved by this class
     * @return whether its file now is another version than the one it holds; false for a new, never saved case, and
     *         when the file has been deleted
     * @throws IOException if the file's attributes cannot be read
     */
    public static boolean changedOnDisk(Resource resource) throws IOException {
        if (!(resource instanceof CaseResource caseResource) || caseResource.diskStamp() == null) {
            return false;
        }
        DiskStamp loaded = caseResource.diskStamp();
        DiskStamp now = DiskStamp.of(loaded.file());
        return now != null && !now.sameFileAs(loaded);
    }

    /**
     * The version of its file a resource was read from or last written to, as a token to hand back to
     * {@link #setDiskVersion}: a workbench that merges a newer file into an open case takes that file's version, and
     * gives the old one back when the merge is undone.
     *
     * @param resource a resource
     * @return the token, or null when the resource was never read from nor written to a file
     */
    public static Object diskVersion(Resource resource) {
        return resource instanceof CaseResource caseResource ? caseResource.diskStamp() : null;
    }

    /**
     * Sets which version of its file a resource holds (see {@link #diskVersion}); {@link #save(Resource, Path)}
     * overwrites only that version.
     *
     * @param resource a resource created by this class
     * @param version  a token from {@link #diskVersion} or {@link #currentDiskVersion}, or null
     */
    public static void setDiskVersion(Resource resource, Object version) {
        if (resource instanceof CaseResource caseResource) {
            caseResource.setDiskStamp((DiskStamp) version);
        }
    }

    /**
     * The version a file has on disk now, for a user who decided, having been told, that their case is to replace it
     * ({@link #setDiskVersion} before saving).
     *
     * @param file a case file
     * @return the token, or null if the file does not exist
     * @throws IOException if its attributes cannot be read
     */
    public static Object currentDiskVersion(Path file) throws IOException {
        return DiskStamp.of(AtomicFiles.target(file.toAbsolutePath().normalize()));
    }

    private static void checkUnchanged(CaseResource resource, Path target, Path file) throws IOException {
        DiskStamp loaded = resource.diskStamp();
        if (loaded == null || !loaded.file().equals(target)) {
            return; // a new case, or saved under another name: nothing of this file was read
        }
        DiskStamp now = DiskStamp.of(target);
        if (now != null && !now.sameFileAs(loaded)) {
            throw new CaseChangedOnDiskException("Cannot save “" + file + "”: another program changed it on disk after it"
                    + " was opened here (it was " + loaded.size() + " bytes from " + loaded.modified() + ", it is now "
                    + now.size() + " bytes from " + now.modified() + "). It was not overwritten, so neither version is"
                    + " lost: save under another name, or reopen the file.");
        }
    }

    /** Refuses a model with a text a case file cannot hold, before anything is written, naming the place. */
    private static void checkCharacters(Resource resource, Path file) throws IOException {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.isTransient() || attribute.isDerived()
                        || attribute.getEAttributeType().getInstanceClass() != String.class || !object.eIsSet(attribute)) {
                    continue;
                }
                Object value = object.eGet(attribute);
                for (Object text : attribute.isMany() ? (List<?>) value : List.of(value)) {
                    XmlCharacters.Invalid invalid = XmlCharacters.firstInvalid((String) text);
                    if (invalid != null) {
                        throw new IOException("Cannot save “" + file + "”: the " + attribute.getName() + " of "
                                + describe(object) + " contains a character that a case file cannot hold, "
                                + invalid.describe() + ". Nothing was written; remove the character and save again.");
                    }
                }
            }
        }
    }

    private static String describe(EObject object) {
        for (String name : List.of("title", "statement", "name", "label", "exact", "id")) {
            if (object.eClass().getEStructuralFeature(name) instanceof EAttribute a && object.eGet(a) instanceof String s
                    && XmlCharacters.firstInvalid(s) == null) {
                return object.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " “" + Abbreviations.shorten(s, 60) + "”";
            }
        }
        return "a " + object.eClass().getName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    static URI uri(Path absolute) {
        return URI.createFileURI(absolute.toString());
    }

    private static CaseFileException fail(Path path, String reason, Throwable cause) {
        return new CaseFileException("Cannot open the case file “" + path + "”: it " + reason + ".", cause);
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null
                || t instanceof Resource.IOWrappedException)) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        message = message.strip();
        if (t instanceof XMIException xmi && xmi.getLine() > 0) {
            // EMF appends "(uri, line, column)"; the file is already named, the position is enough.
            message = message.replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", "").replaceAll("\\.$", "")
                    + " (line " + xmi.getLine() + ", column " + xmi.getColumn() + ")";
        }
        return message.replaceAll("\\.$", "");
    }
}
