package dev.lensc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class RuntimeVersionCheckTest {
    private static MavenProject projectWith(String groupId, String artifactId, String version) {
        MavenProject project = new MavenProject();
        Dependency d = new Dependency();
        d.setGroupId(groupId);
        d.setArtifactId(artifactId);
        d.setVersion(version);
        project.getDependencies().add(d);
        return project;
    }

    @Test
    void anotherRuntimeVersion_warns() {
        Optional<String> w = RuntimeVersionCheck.warning(projectWith("dev.lensc", "lens-runtime", "0.0.9"), "1.0");
        assertTrue(w.orElseThrow().startsWith("The project uses dev.lensc:lens-runtime:0.0.9, but lens-maven-plugin 1.0"),
                w.orElseThrow());
    }

    @Test
    void theSameVersion_orNoDeclaredRuntime_isFine() {
        assertEquals(Optional.empty(), RuntimeVersionCheck.warning(projectWith("dev.lensc", "lens-runtime", "1.0"), "1.0"));
        assertEquals(Optional.empty(), RuntimeVersionCheck.warning(projectWith("org.example", "lens-runtime", "2"), "1.0"));
    }
}
