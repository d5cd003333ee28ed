package dev.lensc.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where generation writes and deletes files: plainly, or through the IDE's build context. */
interface OutputFiles {
    void write(Path file, byte[] content) throws IOException;

    void delete(Path file) throws IOException;

    /** Straight to the file system. */
    OutputFiles PLAIN = new OutputFiles() {
        @Override
        public void write(Path file, byte[] content) throws IOException {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(content);
            }
        }

        @Override
        public void delete(Path file) throws IOException {
            Files.deleteIfExists(file);
        }
    };
}
