package dev.lensc.dsl;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() throws Exception {
        String all = Files.readString(Path.of("/tmp/scratch/cases.txt"));
        StringBuilder out = new StringBuilder();
        for (String c : all.split("\n====\n")) {
            out.append("----\n").append(c).append("\n>>>>\n");
            out.append(LensFiles.parse("t.lens", c).formatDiagnostics());
        }
        Files.writeString(Path.of("/tmp/scratch/out.txt"), out.toString());
    }
}
