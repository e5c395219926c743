package org.factcheck.ui.internal.history;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.factcheck.core.CaseResourceFactory;
import org.factcheck.core.CaseStore;
import org.factcheck.core.merge.CaseDiff;
import org.factcheck.core.merge.Change;

/**
 * The git history of one case file, read with JGit: the commits that changed it (newest first) and, for each, what
 * it changed in the case in words — the core's {@link CaseDiff} between the file in the commit and in its first
 * parent, not lines of XML. UI-free; close it to release the repository.
 */
public final class CaseHistory implements AutoCloseable {

    /** One commit that changed the file. */
    public record Entry(String id, String author, Instant when, String message) {
        /** @return the first seven characters of the id */
        public String shortId() {
            return id.substring(0, Math.min(7, id.length()));
        }
    }

    private final Repository repository;
    private final String path;
    /**
     * How many bytes of case files the versions kept in memory may come from, 64 MiB unless the system property
     * {@code factcheck.history.cacheBytes} says otherwise. A case read takes several times its file's size in memory,
     * and an object's history reads every version: kept all, a long history of a large case would fill the heap.
     */
    public static final long CACHE_BYTES = Long.getLong("factcheck.history.cacheBytes", 64L << 20);

    /** A version read: the case's roots, and the size of the file they were read from. */
    private record Version(List<EObject> roots, long bytes) {
    }

    /**
     * The versions read, by the id of the file's blob, least recently used first: a case is read once however many
     * commits have it, and read again only once {@link #cacheBytes} pushed it out.
     */
    private final java.util.LinkedHashMap<ObjectId, Version> versions = new java.util.LinkedHashMap<>(16, 0.75f, true);
    private final long cacheBytes;
    private long cachedBytes;
    /** What each commit changed (against its first parent), by commit id: computed once, filtered per object. */
    private final Map<ObjectId, List<Change>> diffs = new HashMap<>();

    private CaseHistory(Repository repository, String path, long cacheBytes) {
        this.repository = repository;
        this.path = path;
        this.cacheBytes = cacheBytes;
    }

    /**
     * @param file a case file
     * @return its history, or empty when it does not lie in the work tree of a git repository
     * @throws IOException if the repository cannot be read
     */
    public static Optional<CaseHistory> of(Path file) throws IOException {
        return of(file, CACHE_BYTES);
    }

    /**
     * {@link #of(Path)} with another bound on the versions kept in memory.
     *
     * @param cacheBytes how many bytes of case files the versions kept may come from; the two used last are kept
     *                   whatever their size (an object's history compares each version with the one before it)
     */
    public static Optional<CaseHistory> of(Path file, long cacheBytes) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        File start = absolute.getParent() == null ? null : absolute.getParent().toFile();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(start);
        if (start == null || builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        Path top = repository.getWorkTree().toPath().toRealPath();
        Path real = absolute.getParent().toRealPath().resolve(absolute.getFileName());
        if (!real.startsWith(top)) {
            repository.close();
            return Optional.empty();
        }
        return Optional.of(new CaseHistory(repository, top.relativize(real).toString().replace(File.separatorChar, '/'),
                cacheBytes));
    }

    /** @return the top folder of the work tree */
    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** @return the file's path in the repository, with slashes */
    public String path() {
        return path;
    }

    /** @return the commits that changed the file, newest first; empty before the first commit */
    public List<Entry> commits() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Git git = new Git(repository)) {
            for (RevCommit c : git.log().addPath(path).call()) {
                entries.add(new Entry(c.getName(), c.getAuthorIdent().getName(),
                        c.getAuthorIdent().getWhenAsInstant(), c.getFullMessage().strip()));
            }
        } catch (NoHeadException e) {
            return entries;
        } catch (GitAPIException e) {
            throw new IOException("git log failed: " + e.getMessage(), e);
        }
        return entries;
    }

    /** What the commit changed in the case, in words (a first version: that it was added). */
    public List<String> changes(Entry entry) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(entry.id()));
            List<EObject> now = read(commit);
            List<EObject> before = commit.getParentCount() == 0 ? null : read(walk.parseCommit(commit.getParent(0)));
            if (now == null) {
                return List.of("The case file was deleted in this commit.");
            }
            if (before == null) {
                return List.of("The case file was added in this commit.");
            }
            return texts(CaseDiff.between(before, now));
        }
    }

    /**
     * The commits that changed one object of the case (a claim with its evidence and relations, a document with its
     * spans): those whose version differs from their first parent's in what {@link CaseDiff#about} finds, and the
     * commit that added the file if the object was in it.
     *
     * @param objectId the object's id
     * @return those commits, newest first
     */
    public List<Entry> commits(String objectId) throws IOException {
        return commits(objectId, () -> false);
    }

    /**
     * {@link #commits(String)}, stopping early (with what it found so far) once {@code cancelled} says so: it reads
     * every version of the case.
     */
    public List<Entry> commits(String objectId, java.util.function.BooleanSupplier cancelled) throws IOException {
        List<Entry> all = commits();
        List<Entry> touching = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Entry entry : all) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                RevCommit commit = walk.parseCommit(ObjectId.fromString(entry.id()));
                List<EObject> now = read(commit);
                List<EObject> before = commit.getParentCount() == 0 ? null : read(walk.parseCommit(commit.getParent(0)));
                if (now == null ? before != null && has(before, objectId)
                        : before == null ? has(now, objectId)
                                : !CaseDiff.about(diff(commit, before, now), before, now, objectId).isEmpty()) {
                    touching.add(entry);
                }
            }
        }
        return touching;
    }

    private static boolean has(List<EObject> roots, String id) {
        return !roots.isEmpty() && roots.get(0).eResource() != null && roots.get(0).eResource().getEObject(id) != null;
    }

    /** What the commit changed about one object, in words. */
    public List<String> changes(Entry entry, String objectId) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(entry.id()));
            List<EObject> now = read(commit);
            List<EObject> before = commit.getParentCount() == 0 ? null : read(walk.parseCommit(commit.getParent(0)));
            if (now == null) {
                return List.of("The case file was deleted in this commit.");
            }
            if (before == null) {
                return List.of(has(now, objectId) ? "It was in the case file when the file was added in this commit."
                        : "It is not in this commit's version.");
            }
            return about(CaseDiff.about(diff(commit, before, now), before, now, objectId));
        }
    }

    private List<Change> diff(RevCommit commit, List<EObject> before, List<EObject> now) {
        return diffs.computeIfAbsent(commit.getId().copy(), c -> CaseDiff.between(before, now));
    }

    /** What changed about one object from the commit's version to {@code current}. */
    public List<String> changesSince(Entry entry, List<? extends EObject> current, String objectId) throws IOException {
        List<EObject> then = version(entry);
        if (then == null) {
            return List.of("The case file is not in this commit.");
        }
        return about(CaseDiff.about(then, current, objectId));
    }

    /** The case as the commit has it (read-only: do not change it), or null if the file is not in that commit. */
    public List<EObject> version(Entry entry) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return read(walk.parseCommit(ObjectId.fromString(entry.id())));
        }
    }

    private static List<String> about(List<Change> changes) {
        return changes.isEmpty() ? List.of("Nothing about it changed.") : changes.stream().map(Change::text).toList();
    }

    /** What changed from the commit's version to {@code current} (the case as it is open now, unsaved edits too). */
    public List<String> changesSince(Entry entry, List<? extends EObject> current) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            List<EObject> then = read(walk.parseCommit(ObjectId.fromString(entry.id())));
            if (then == null) {
                return List.of("The case file is not in this commit.");
            }
            return texts(CaseDiff.between(then, current));
        }
    }

    private static List<String> texts(List<Change> changes) {
        return changes.isEmpty() ? List.of("Nothing in the case changed.") : changes.stream().map(Change::text).toList();
    }

    /** The case as the commit has it, or null if the file is not in it. */
    private List<EObject> read(RevCommit commit) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (tree == null) {
                return null;
            }
            ObjectId blob = tree.getObjectId(0);
            Version known = versions.get(blob);
            if (known != null) {
                return known.roots();
            }
            byte[] bytes = repository.open(blob).getBytes();
            CaseStore.loadOptions(); // registers the case packages
            Resource resource = new CaseResourceFactory().createResource(URI.createURI("git:/" + commit.getName() + "/" + path));
            new ResourceSetImpl().getResources().add(resource);
            try {
                resource.load(new ByteArrayInputStream(bytes), CaseStore.loadOptions());
            } catch (IOException | RuntimeException e) {
                throw new IOException("The case in commit " + commit.getName().substring(0, 7) + " cannot be read: "
                        + e.getMessage(), e);
            }
            List<EObject> roots = List.copyOf(resource.getContents());
            versions.put(blob.copy(), new Version(roots, bytes.length));
            cachedBytes += bytes.length;
            var eldest = versions.entrySet().iterator();
            while (cachedBytes > cacheBytes && versions.size() > 2) {
                cachedBytes -= eldest.next().getValue().bytes();
                eldest.remove();
            }
            return roots;
        }
    }

    /** @return how many versions are kept in memory now */
    public int cachedVersions() {
        return versions.size();
    }

    @Override
    public void close() {
        repository.close();
    }
}
