package dev.lensc.maven;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** The {@code .lens} files under a directory that match the includes and none of the excludes. */
final class LensFilesScanner {
    private LensFilesScanner() {}

    static List<Path> scan(Path dir, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        FileSystem fs = FileSystems.getDefault();
        List<PathMatcher> in = includes.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        List<PathMatcher> out = excludes.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path rel = dir.relativize(p);
                        return matches(in, rel) && !matches(out, rel);
                    })
                    .sorted()
                    .toList();
        }
    }

    /** {@code **}{@code /*.lens} should also match files at the top level, as Maven users expect. */
    private static boolean matches(List<PathMatcher> matchers, Path rel) {
        for (PathMatcher m : matchers) {
            if (m.matches(rel) || m.matches(Path.of("_").resolve(rel))) {
                return true;
            }
        }
        return false;
    }
}
