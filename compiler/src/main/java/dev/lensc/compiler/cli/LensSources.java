package dev.lensc.compiler.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Lens file formats by file extension: {@code .lens} files ({@link DocumentTypeLensSource#load}) and
 * Cambria lenses ({@code .yml}, {@code .yaml}). Others plug in with {@link #register}.
 */
public final class LensSources {
    private final Map<String, Function<Path, LensSource>> loaders = new LinkedHashMap<>();

    /** The formats this build of lensc reads. */
    public static LensSources standard() {
        LensSources s = new LensSources();
        s.register("lens", DocumentTypeLensSource::load);
        s.register("yml", CambriaLensSource::load);
        s.register("yaml", CambriaLensSource::load);
        return s;
    }

    /** @param loader throws {@link LensFileException} for a file it cannot read */
    public LensSources register(String extension, Function<Path, LensSource> loader) {
        loaders.put(extension.toLowerCase(Locale.ROOT), loader);
        return this;
    }

    public LensSource load(Path file, String command) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Function<Path, LensSource> loader = loaders.get(extension);
        if (loader == null) {
            throw new UsageException(command, "cannot tell the format of the lens file " + file + ": lensc reads "
                    + String.join(", ", loaders.keySet().stream().map(e -> "." + e).toList()) + " files");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(command, "no such lens file: " + file);
        }
        return loader.apply(file);
    }
}
