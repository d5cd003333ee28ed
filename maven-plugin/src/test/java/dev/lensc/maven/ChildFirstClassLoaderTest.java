package dev.lensc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.runtime.lens.CustomLens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildFirstClassLoaderTest {
    @TempDir
    Path classes;

    /** Compiles a class into the temporary "project" class folder. */
    private void compile(String className, String source) throws IOException {
        Path src = classes.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertEquals(0, rc);
    }

    private ChildFirstClassLoader loader() throws IOException {
        return new ChildFirstClassLoader(List.of(classes.toUri().toURL()), getClass().getClassLoader());
    }

    @Test
    void theProjectsClass_winsOverThePlugins() throws Exception {
        compile("dev.lensc.maven.fixture.Shadowed", """
                package dev.lensc.maven.fixture;
                public class Shadowed { @Override public String toString() { return "project"; } }
                """);
        try (ChildFirstClassLoader loader = loader()) {
            Object o = loader.loadClass("dev.lensc.maven.fixture.Shadowed").getConstructor().newInstance();
            assertEquals("project", o.toString());
        }
    }

    @Test
    void theLensContract_comesFromThePlugin_soTheProjectsLensIsACustomLens() throws Exception {
        compile("it.Flip", """
                package it;
                import com.fasterxml.jackson.databind.JsonNode;
                public class Flip implements dev.lensc.runtime.lens.CustomLens {
                    public JsonNode forward(JsonNode v, JsonNode b) { return v; }
                    public JsonNode backward(JsonNode v, JsonNode b) { return v; }
                }
                """);
        try (ChildFirstClassLoader loader = loader()) {
            assertSame(CustomLens.class, loader.loadClass(CustomLens.class.getName()));
            assertTrue(CustomLens.class.isAssignableFrom(loader.loadClass("it.Flip")));
            assertSame(String.class, loader.loadClass("java.lang.String"));
        }
    }

    @Test
    void lazyLoader_resolvesTheClassPathOnlyWhenAClassIsAskedFor() throws Exception {
        int[] resolved = {0};
        try (LazyClassLoader lazy = new LazyClassLoader(() -> {
            resolved[0]++;
            return getClass().getClassLoader();
        })) {
            assertFalse(lazy.used());
            assertEquals(0, resolved[0]);
            assertSame(dev.lensc.maven.fixture.Shadowed.class, Class.forName("dev.lensc.maven.fixture.Shadowed", false, lazy));
            Class.forName("dev.lensc.maven.fixture.Shadowed", false, lazy);
            assertEquals(1, resolved[0]);
            assertThrows(ClassNotFoundException.class, () -> Class.forName("it.Missing", false, lazy));
        }
    }

}
