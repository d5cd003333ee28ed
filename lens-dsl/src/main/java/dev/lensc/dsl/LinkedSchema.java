package dev.lensc.dsl;

import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.store.Assembly;
import dev.lensc.runtime.sync.SemanticRules;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A schema of a {@code .lens} file after checking: the type of every version (the first declared,
 * the others derived through the lenses) and the lenses between them.
 *
 * @param packageName the file's package, or null when it declares none
 * @param firstVersion the version declared first: the root every other version is derived from
 * @param types every version's type, by version number
 * @param restatedVersions the versions after the first that the file restates (checked equal)
 * @param lenses in source order
 * @param sync the sync rules: semantic fields, epochs, mode, gates, envelope ({@link SemanticRules#none()} when
 *     the schema declares none)
 * @param assemblies the versions of this schema that are assembled from documents of other schemas
 *     ({@code assemble version N { ... }}), for a multi-version store such as lens-store
 */
public record LinkedSchema(String name, String packageName, int firstVersion, SortedMap<Integer, Type> types,
        SortedSet<Integer> restatedVersions, List<LinkedLens> lenses, SemanticRules sync, List<Assembly> assemblies,
        Location location) {

    public LinkedSchema {
        types = Collections.unmodifiableSortedMap(new TreeMap<>(types));
        restatedVersions = Collections.unmodifiableSortedSet(new TreeSet<>(restatedVersions));
        lenses = List.copyOf(lenses);
        sync = sync == null ? SemanticRules.none() : sync;
        assemblies = List.copyOf(assemblies);
    }

    /** This schema with its assembled versions, once every schema they take fields from is linked. */
    public LinkedSchema withAssemblies(List<Assembly> assembled) {
        return new LinkedSchema(name, packageName, firstVersion, types, restatedVersions, lenses, sync, assembled,
                location);
    }

    /** {@code packageName.name}, or the name alone without a package. */
    public String qualifiedName() {
        return packageName == null ? name : packageName + "." + name;
    }

    public SortedSet<Integer> versions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(types.keySet()));
    }

    /** The type of a version (declared for the first, derived for the others). */
    public Type type(int version) {
        Type t = types.get(version);
        if (t == null) {
            throw new NoSuchElementException("schema " + name + " has no version " + version + "; versions: "
                    + types.keySet());
        }
        return t;
    }

    /** Version number to type, in version order. */
    public Map<Integer, Type> typesByVersion() {
        return types;
    }

    /** The runtime document type: the first version's schema and every lens, with the schemas derived through it here. */
    public DocumentType toDocumentType() {
        DocumentType.Builder b = DocumentType.builder(name).version(firstVersion, types.get(firstVersion));
        for (LinkedLens l : lenses) {
            b.lens(l.toEdge(), l.derivation());
        }
        return b.build();
    }
}
