package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.Hop;
import dev.lensc.runtime.graph.GeneratedLenses;
import dev.lensc.runtime.graph.LensEdge;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensScope;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.sync.Envelope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Java sources for document types: per type, a record per version ({@code TodoItemV1}), typed and
 * {@code JsonNode} translators between every pair of versions ({@code TodoItemLenses}), and a
 * {@link GeneratedLenses} registration ({@code TodoItemRegistration}) listed in
 * {@code META-INF/services}. The generated code depends on the runtime and Jackson only.
 */
public final class JavaGenerator {
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    /** Where ServiceLoader finds generated registrations, relative to a resource root. */
    public static final String SERVICE_FILE = "META-INF/services/" + GeneratedLenses.class.getName();

    /** {@code @Generated("lensc")} on every top-level generated type (tools skip such code). */
    static final com.palantir.javapoet.AnnotationSpec GENERATED = com.palantir.javapoet.AnnotationSpec.builder(
            ClassName.get("javax.annotation.processing", "Generated")).addMember("value", "$S", "lensc").build();
    private static final ClassName ENVELOPE = ClassName.get("dev.lensc.runtime.sync", "Envelope");
    private static final ClassName VERSION_DETECTION = ClassName.get("dev.lensc.runtime.sync", "VersionDetection");

    private final String packageName;
    private final Map<DocumentType, Envelope> envelopes;

    public JavaGenerator(String packageName) {
        this(packageName, Map.of());
    }

    /** @param envelopes the envelope of each type that declares one (versionOf reads the version from it) */
    public JavaGenerator(String packageName, Map<DocumentType, Envelope> envelopes) {
        this.packageName = packageName;
        this.envelopes = Map.copyOf(envelopes);
    }

    /**
     * Sources for the given types, one package.
     *
     * @throws IllegalArgumentException when two types would generate classes of one name (ignoring
     *     case, as file systems may): the lens checker reports this for one file (LENS021), this for
     *     types of several files that share a package
     */
    public GeneratedSources generate(List<DocumentType> types) {
        Map<String, DocumentType> classNames = new HashMap<>();
        List<JavaFile> files = new ArrayList<>();
        List<String> registrations = new ArrayList<>();
        for (DocumentType type : types) {
            String base = Naming.type(type.name());
            List<Integer> versions = new ArrayList<>(type.versions());
            List<ClassName> records = new ArrayList<>();
            for (int v : versions) {
                records.add(className(base + Naming.version(v), type, classNames));
            }
            ClassName lenses = className(base + "Lenses", type, classNames);
            ClassName registration = className(base + "Registration", type, classNames);
            ClassName direct = className(base + "RecordTranslators", type, classNames);
            ClassName streams = className(base + "StreamTranslators", type, classNames);
            List<Type> schemas = new ArrayList<>();
            for (int v : versions) {
                schemas.add(type.schema(v).orElseThrow(() -> new IllegalArgumentException(
                        "version " + v + " of " + type.name() + " has no known schema; declare it or reach it by a lens")));
            }
            RecordGenerator.Family family = new RecordGenerator.Family(MemberNames.of(schemas));
            for (int i = 0; i < versions.size(); i++) {
                files.add(file(family.versionRecord(records.get(i), type.name(), versions.get(i), schemas.get(i))));
            }
            RecordTranslatorEmitter translators = recordTranslators(direct, type, versions, records, family);
            for (TypeSpec t : lensesClasses(type, versions, records, lenses, streams, translators)) {
                files.add(file(t));
            }
            files.add(file(translators.build()));
            files.add(file(registrationClass(type, versions, lenses, streams, registration)));
            registrations.add(registration.canonicalName());
        }
        Collections.sort(registrations);
        return new GeneratedSources(files, String.join("\n", registrations) + "\n");
    }

    private static RecordTranslatorEmitter recordTranslators(ClassName name, DocumentType type, List<Integer> versions,
            List<ClassName> records, RecordGenerator.Family family) {
        Map<Integer, JavaShape.Record> shapes = new HashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            shapes.put(versions.get(i), family.shape(records.get(i)));
        }
        return new RecordTranslatorEmitter(name, type.name(), new RecordTranslatorEmitter.DocumentPairs() {
            public JavaShape.Record shape(int version) {
                return shapes.get(version);
            }

            public List<LensOp> ops(int from, int to) {
                return type.path(from, to).ops();
            }
        });
    }

    private ClassName className(String simpleName, DocumentType type, Map<String, DocumentType> taken) {
        DocumentType other = taken.putIfAbsent(simpleName.toLowerCase(Locale.ROOT), type);
        if (other != null) {
            throw new IllegalArgumentException("schemas '" + other.name() + "' and '" + type.name()
                    + "' would both generate class " + simpleName + " in package " + packageName + "; rename one");
        }
        return ClassName.get(packageName, simpleName);
    }

    public GeneratedSources generate(DocumentType type) {
        return generate(List.of(type));
    }

    private JavaFile file(TypeSpec type) {
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    }

    static String method(int from, int to) {
        String f = Naming.version(from);
        return Character.toLowerCase(f.charAt(0)) + f.substring(1) + "To" + Naming.version(to);
    }

    /**
     * The tree translators and record facade ({@code OrderLenses}) and the streaming translators
     * ({@code OrderStreamTranslators}), which call some of the first's members: each class one job, code shared
     * through one {@link MemberRegistry} each.
     */
    private List<TypeSpec> lensesClasses(DocumentType type, List<Integer> versions, List<ClassName> records,
            ClassName name, ClassName streamsName, RecordTranslatorEmitter direct) {
        OpEmitter emitter = new OpEmitter();
        for (int i = 0; i < versions.size(); i++) {
            emitter.members().schema(type.schema(versions.get(i)).orElseThrow(), records.get(i));
        }
        StreamEmitter streams = new StreamEmitter(emitter, name, streamsName);
        TypeSpec.Builder c = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GENERATED)
                .addJavadoc("Translators between the versions of $L, generated by lensc: do not edit.\n", type.name())
                .addJavadoc("\n<p>{@code vAToVB(doc)} translates (get, or create going back); {@code vAToVB(doc, base)}\n")
                .addJavadoc("translates onto an existing document of version B (put), keeping what only B holds.\n")
                .addJavadoc("Results never share nodes with the arguments; failures are {@link $T}s naming a JSON pointer.\n",
                        LensException.class)
                .addJavadoc(lensesJavadoc(type))
                .addJavadoc("\n<p>Streaming translators, token to token: {@link $T}.\n", streamsName);
        c.addField(com.palantir.javapoet.FieldSpec.builder(ObjectMapper.class, "MAPPER", Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T().disable($T.FAIL_ON_EMPTY_BEANS)", ObjectMapper.class, SerializationFeature.class)
                .build());
        c.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<int[]> pairs = new ArrayList<>();
        // the get of each composed route ({@link Routes}), which its streaming translator runs on a tree
        Map<List<Integer>, String> composed = new HashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            for (int j = 0; j < versions.size(); j++) {
                int from = versions.get(i);
                int to = versions.get(j);
                if (from == to) {
                    continue;
                }
                Lens path;
                try {
                    path = type.path(from, to);
                } catch (LensException e) {
                    continue; // not connected: no translator
                }
                pairs.add(new int[] {from, to});
                String get = addPair(c, emitter, type, from, to, path.ops(), records.get(i), records.get(j), direct);
                if (get != null) {
                    composed.put(List.of(from, to), get);
                }
            }
        }
        if (!composed.isEmpty()) {
            c.addJavadoc(Routes.JAVADOC);
        }
        addTranslate(c, type, versions, pairs, records, direct);
        addVersionDetection(c, type, versions, records);
        addTreeHelpers(c);
        // the streaming translators come after the tree code they fall back to, which keeps its names
        TypeSpec.Builder s = TypeSpec.classBuilder(streamsName).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GENERATED)
                .addJavadoc("Streaming translators between the versions of $L, generated by lensc: do not edit;\n",
                        type.name())
                .addJavadoc("the tree translators they fall back to are {@link $T}'s.\n", name)
                .addJavadoc(StreamEmitter.CONTRACT);
        if (!composed.isEmpty()) {
            s.addJavadoc(StreamEmitter.COMPOSED);
        }
        s.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (int[] p : pairs) {
            s.addMethod(streams.pair(type, p[0], p[1], TranslationPlan.of(type.path(p[0], p[1]).ops()),
                    method(p[0], p[1]), composed.get(List.of(p[0], p[1]))));
        }
        s.addMethod(streams.translate(type, versions, pairs));
        streams.fields().forEach(s::addField);
        streams.methods().forEach(s::addMethod);
        // after the streaming code: it makes some tree members package-private
        emitter.fields().forEach(c::addField);
        emitter.methods().forEach(c::addMethod);
        return List.of(c.build(), s.build());
    }

    /**
     * The pair's public methods (tree and records); returns the get of a composed route
     * ({@link Routes}), null for a fused one.
     */
    private String addPair(TypeSpec.Builder c, OpEmitter emitter, DocumentType type, int from, int to,
            List<LensOp> ops, ClassName fromRecord, ClassName toRecord, RecordTranslatorEmitter direct) {
        List<List<LensOp>> hops = Routes.hops(type, from, to);
        boolean fused = Routes.fused(type, from, to);
        String get = fused ? emitter.getAlong(hops) : emitter.getHops(hops);
        String put = emitter.putAlong(hops, Routes.putWalks(type, from, to));
        String name = method(from, to);
        CodeBlock doc = pairJavadoc(type, from, to, ops);
        // generated steps change the document they get: hand them a copy unless they only read it
        CodeBlock input = emitter.borrows(get) ? CodeBlock.of("doc") : CodeBlock.of("doc.deepCopy()");
        CodeBlock putInput = emitter.borrows(put) ? CodeBlock.of("doc") : CodeBlock.of("doc.deepCopy()");
        CodeBlock translation = CodeBlock.of("base == null ? $N($L) : $N($L, base)", get, input, put, putInput);
        boolean withContext = callsCustom(type);
        CodeBlock getCall = withContext ? CodeBlock.of("$N(doc, null, null)", name) : CodeBlock.of("$N($L)", get, input);
        CodeBlock putCall = withContext ? CodeBlock.of("$N(doc, base, null)", name) : translation;
        c.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(doc).returns(JSON_NODE).addParameter(JSON_NODE, "doc")
                .addStatement("return $L", getCall).build());
        c.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Version $L to version $L onto {@code base}, an existing version $L document (null: none).\n",
                        from, to, to)
                .returns(JSON_NODE).addParameter(JSON_NODE, "doc").addParameter(JSON_NODE, "base")
                .addStatement("return $L", putCall).build());
        if (withContext) {
            // custom lenses are told the translation, as the interpreter tells them (LensScope)
            c.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addJavadoc("Version $L to version $L onto {@code base} (null: none) of the document with id\n",
                            from, to)
                    .addJavadoc("{@code documentId} (null: none), which custom lenses are told.\n")
                    .returns(JSON_NODE).addParameter(JSON_NODE, "doc").addParameter(JSON_NODE, "base")
                    .addParameter(String.class, "documentId")
                    .addStatement("$T outer = $T.enter($T.of($S, $L, $L, documentId))", LensContext.class,
                            LensScope.class, LensContext.class, type.name(), from, to)
                    .beginControlFlow("try").addStatement("return $L", translation)
                    .nextControlFlow("finally").addStatement("$T.restore(outer)", LensScope.class).endControlFlow()
                    .build());
        }
        // typed: record to record without a tree where the ops allow it, else through the tree
        MethodSpec.Builder typed = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Version $L to version $L, as records.\n", from, to)
                .returns(toRecord).addParameter(fromRecord, "doc");
        if (direct.get(from, to)) {
            typed.addStatement("$T direct = $T.$N(doc)", toRecord, direct.name(), name)
                    .beginControlFlow("if (direct != null)").addStatement("return direct").endControlFlow();
        }
        c.addMethod(typed.addStatement("return $T.fromJson($N(toTree(doc)))", toRecord, name).build());
        MethodSpec.Builder onto = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Version $L to version $L onto {@code base}, as records.\n", from, to)
                .returns(toRecord).addParameter(fromRecord, "doc").addParameter(toRecord, "base");
        if (direct.put(from, to)) {
            onto.beginControlFlow("if (base == null)").addStatement("return $N(doc)", name).endControlFlow()
                    .addStatement("$T direct = $T.$N(doc, base)", toRecord, direct.name(), name)
                    .beginControlFlow("if (direct != null)").addStatement("return direct").endControlFlow();
        }
        c.addMethod(onto.addStatement("return $T.fromJson($N(toTree(doc), base == null ? null : toTree(base)))",
                toRecord, name).build());
        return fused ? null : get;
    }

    /**
     * The class comment's list of lenses, each once with its ops: the pair methods name the lenses
     * they run instead of restating them, so a 10-version class does not restate
     * every op in each of the 90 pairs.
     */
    private static CodeBlock lensesJavadoc(DocumentType type) {
        if (type.lenses().isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock.Builder doc = CodeBlock.builder().add("\n<p>The lenses (a pair of versions runs those on its route,\n")
                .add("a lens taken from its second version to its first runs backwards):\n<ul>\n");
        for (LensEdge e : type.lenses()) {
            String description = e.description() == null ? "" : " " + RecordGenerator.javadocText(e.description())
                    .replace("<code>", "").replace("</code>", "");
            doc.add("  <li>$L -&#62; $L$L: $L</li>\n", e.from(), e.to(), description,
                    RecordGenerator.javadocText(MemberRegistry.describeAll(e.lens().ops())));
        }
        return doc.add("</ul>\n").build();
    }

    private static CodeBlock pairJavadoc(DocumentType type, int from, int to, List<LensOp> ops) {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add("$L version $L to version $L", type.name(), from, to);
        List<String> hops = new ArrayList<>();
        for (Hop h : type.route(from, to)) {
            LensEdge e = h.edge();
            hops.add(e.from() + " -> " + e.to() + (e.description() == null ? "" : " " + e.description())
                    + (h.reversed() ? ", backwards" : ""));
        }
        // the lenses by name: their ops are listed once, in the class comment
        doc.add(": $L.\n", RecordGenerator.javadocText(String.join("; ", hops)).replace("<code>", "")
                .replace("</code>", ""));
        List<String> losses = new ArrayList<>();
        for (Hop h : type.route(from, to)) {
            for (Law law : h.edge().acceptedLosses()) {
                // a lens declares its losses going up; going back down the same loss is the law's mirror
                losses.add((h.reversed() ? law.reversed() : law).dslName() + " (lens " + h.edge().from() + " -> "
                        + h.edge().to() + ")");
            }
        }
        if (!losses.isEmpty()) {
            Collections.sort(losses);
            doc.add("\n<p>Declared losses: $L.\n", RecordGenerator.javadocText(String.join(", ", losses))
                    .replace("<code>", "").replace("</code>", ""));
        }
        return doc.build();
    }

    /** Whether a lens of {@code type} calls a custom lens: then its translators tell it the translation. */
    private static boolean callsCustom(DocumentType type) {
        return type.lenses().stream().anyMatch(e -> OpEmitter.callsCustom(e.lens().ops()));
    }

    private void addTranslate(TypeSpec.Builder c, DocumentType type, List<Integer> versions, List<int[]> pairs,
            List<ClassName> records, RecordTranslatorEmitter direct) {
        c.addMethod(MethodSpec.methodBuilder("translate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Any version to any other: {@code from} to {@code to}.\n")
                .returns(JSON_NODE).addParameter(JSON_NODE, "doc").addParameter(TypeName.INT, "from")
                .addParameter(TypeName.INT, "to").addStatement("return translate(doc, from, to, null)").build());
        MethodSpec.Builder t = MethodSpec.methodBuilder("translate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Any version to any other, onto {@code base} (a version {@code to} document, or null).\n")
                .returns(JSON_NODE).addParameter(JSON_NODE, "doc").addParameter(TypeName.INT, "from")
                .addParameter(TypeName.INT, "to").addParameter(JSON_NODE, "base");
        boolean withContext = callsCustom(type);
        if (withContext) {
            c.addMethod(t.addStatement("return translate(doc, from, to, base, null)").build());
            t = MethodSpec.methodBuilder("translate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addJavadoc("Any version to any other, onto {@code base} (or null), of the document with id\n")
                    .addJavadoc("{@code documentId} (or null), which custom lenses are told.\n")
                    .returns(JSON_NODE).addParameter(JSON_NODE, "doc").addParameter(TypeName.INT, "from")
                    .addParameter(TypeName.INT, "to").addParameter(JSON_NODE, "base")
                    .addParameter(String.class, "documentId");
        }
        CodeBlock args = withContext ? CodeBlock.of("doc, base, documentId") : CodeBlock.of("doc, base");
        PairSwitch.choose(t, JSON_NODE, "translated", type.name(), versions, (from, to) ->
                from.equals(to) ? CodeBlock.of("doc.deepCopy()")
                : pairs.stream().anyMatch(p -> p[0] == from && p[1] == to)
                        ? CodeBlock.of("$N($L)", method(from, to), args) : null);
        t.addStatement("return translated");
        c.addMethod(t.build());

        MethodSpec.Builder versionOf = MethodSpec.methodBuilder("versionOf").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The version a record belongs to.\n").returns(TypeName.INT).addParameter(Object.class, "doc");
        MethodSpec.Builder recordClass = MethodSpec.methodBuilder("recordClass")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).addJavadoc("The record class of a version.\n")
                .returns(ParameterizedTypeName.get(ClassName.get(Class.class), TypeVariableName.get("?")))
                .addParameter(TypeName.INT, "version");
        for (int i = 0; i < versions.size(); i++) {
            versionOf.beginControlFlow("if (doc instanceof $T)", records.get(i)).addStatement("return $L", versions.get(i))
                    .endControlFlow();
            recordClass.beginControlFlow("if (version == $L)", versions.get(i))
                    .addStatement("return $T.class", records.get(i)).endControlFlow();
        }
        versionOf.addStatement("throw new $T($S + (doc == null ? $S : doc.getClass().getName()))",
                IllegalArgumentException.class, "not a record of " + type.name() + ": ", "null");
        recordClass.addStatement("throw new $T($S + version + $S, null, null)", LensException.class,
                "unknown version ", " of " + type.name() + "; versions: " + versions);
        c.addMethod(versionOf.build());
        c.addMethod(recordClass.build());
        c.addMethod(MethodSpec.methodBuilder("translate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A record of any version to the record of version {@code to}.\n")
                .returns(Object.class).addParameter(Object.class, "doc").addParameter(TypeName.INT, "to")
                .addStatement("Object translated = $T.translate(doc, to)", direct.name())
                .addStatement("return translated != null ? translated"
                        + " : fromTree(translate(toTree(doc), versionOf(doc), to, null), recordClass(to))")
                .build());
    }

    /**
     * {@code LATEST}, {@code versionOf(JsonNode)} (the envelope's version when the type declares one
     * that carries it, else the one version whose schema the document fits) and the typed
     * {@code translate(record, TargetRecord.class)}.
     */
    private void addVersionDetection(TypeSpec.Builder c, DocumentType type, List<Integer> versions,
            List<ClassName> records) {
        c.addField(com.palantir.javapoet.FieldSpec.builder(TypeName.INT, "LATEST", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL).addJavadoc("The newest version of $L.\n", type.name())
                .initializer("$L", versions.get(versions.size() - 1)).build());
        List<CodeBlock> pairs = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            pairs.add(CodeBlock.of("$L, $T.SCHEMA", versions.get(i), records.get(i)));
        }
        c.addField(com.palantir.javapoet.FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(
                java.util.SortedMap.class), ClassName.get(Integer.class), ClassName.get(Type.class)), "SCHEMAS",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.schemas($L)", VERSION_DETECTION, CodeBlock.join(pairs, ",$W")).build());
        Envelope envelope = envelopes.get(type);
        if (envelope != null) {
            c.addField(com.palantir.javapoet.FieldSpec.builder(ENVELOPE, "ENVELOPE", Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).initializer(envelopeLiteral(envelope)).build());
        }
        c.addMethod(MethodSpec.methodBuilder("versionOf").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(envelope != null && envelope.carriesVersion()
                        ? "The version a document is in, read from its envelope.\n"
                        : "The version a document is in: the one version whose schema it fits.\n")
                .addJavadoc("\n@throws $T when it fits no version, or several alike\n", LensException.class)
                .returns(TypeName.INT).addParameter(JSON_NODE, "doc")
                .addStatement("return $T.versionOf(doc, $S, SCHEMAS, $L)", VERSION_DETECTION, type.name(),
                        envelope == null ? "null" : "ENVELOPE")
                .build());
        TypeVariableName t = TypeVariableName.get("T");
        MethodSpec.Builder typed = MethodSpec.methodBuilder("translate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A record of any version to the record class {@code target} of another.\n")
                .addTypeVariable(t).returns(t).addParameter(Object.class, "record")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "target");
        for (int i = 0; i < versions.size(); i++) {
            typed.beginControlFlow("if (target == $T.class)", records.get(i))
                    .addStatement("return target.cast(translate(record, $L))", versions.get(i)).endControlFlow();
        }
        typed.addStatement("throw new $T($S + target.getName())", IllegalArgumentException.class,
                "not a record class of " + type.name() + ": ");
        c.addMethod(typed.build());
    }

    private static CodeBlock envelopeLiteral(Envelope e) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.of($S)", ENVELOPE, e.typeName());
        e.typeField().ifPresent(f -> b.add(".typeIn($S)", f));
        e.versionField().ifPresent(f -> b.add(".versionIn($S)", f));
        e.id().ifPresent(id -> b.add(".idIn($S, $S)", id.field(), id.pattern().text()));
        return b.build();
    }

    private static void addTreeHelpers(TypeSpec.Builder c) {
        c.addMethod(MethodSpec.methodBuilder("toTree").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JSON_NODE).addParameter(Object.class, "record")
                .addStatement("return MAPPER.valueToTree(record)").build());
        TypeVariableName t = TypeVariableName.get("T");
        c.addMethod(MethodSpec.methodBuilder("fromTree").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t).returns(t).addParameter(JSON_NODE, "tree")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
                .beginControlFlow("try")
                .addStatement("return MAPPER.convertValue(tree, type)")
                .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                // the record's fromJson names the pointer: pass its exception on as it is
                .beginControlFlow("for ($T c = e; c != null; c = c.getCause())", Throwable.class)
                .beginControlFlow("if (c instanceof $T)", LensException.class)
                .addStatement("throw ($T) c", LensException.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw new $T($S + type.getSimpleName() + $S + e.getMessage(), $S, null)",
                        LensException.class, "the translated document does not fit ", ": ", "")
                .endControlFlow().build());
    }

    private TypeSpec registrationClass(DocumentType type, List<Integer> versions, ClassName lenses, ClassName streams,
            ClassName name) {
        TypeName sortedSet = ParameterizedTypeName.get(ClassName.get(SortedSet.class), TypeName.INT.box());
        TypeSpec.Builder registration = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GENERATED)
                .addSuperinterface(GeneratedLenses.class)
                .addJavadoc("Registers {@link $T} with the runtime through {@code $L}.\n", lenses, SERVICE_FILE)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build())
                .addMethod(MethodSpec.methodBuilder("documentType").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(String.class).addStatement("return $S", type.name()).build())
                .addMethod(MethodSpec.methodBuilder("versions").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(sortedSet)
                        .addStatement("return $T.unmodifiableSortedSet(new $T<>($T.of($L)))", Collections.class,
                                TreeSet.class, List.class, joinInts(versions))
                        .build())
                .addMethod(MethodSpec.methodBuilder("translate").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(JSON_NODE).addParameter(JSON_NODE, "doc")
                        .addParameter(TypeName.INT, "from").addParameter(TypeName.INT, "to")
                        .addParameter(JSON_NODE, "base")
                        .addStatement("return $T.translate(doc, from, to, base)", lenses).build())
                .addMethod(StreamEmitter.registration(streams));
        if (callsCustom(type)) {
            registration.addMethod(MethodSpec.methodBuilder("translate").addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC).returns(JSON_NODE).addParameter(JSON_NODE, "doc")
                    .addParameter(TypeName.INT, "from").addParameter(TypeName.INT, "to")
                    .addParameter(JSON_NODE, "base").addParameter(String.class, "documentId")
                    .addStatement("return $T.translate(doc, from, to, base, documentId)", lenses).build());
        }
        return registration.build();
    }

    private static String joinInts(List<Integer> ints) {
        List<String> parts = new ArrayList<>();
        for (int i : ints) {
            parts.add(Integer.toString(i));
        }
        return String.join(", ", parts);
    }
}
