package dev.lensc.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sonatype.plexus.build.incremental.BuildContext;

/** Writes and deletes through the build context, so an IDE sees (and refreshes) what changed. */
record BuildContextFiles(BuildContext context) implements OutputFiles {
    @Override
    public void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = context.newFileOutputStream(file.toFile())) {
            out.write(content);
        }
    }

    @Override
    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        context.refresh(file.toFile());
    }
}
