package org.sanxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module walls: every top-level package under {@code org.sanxiang} is one module; no cycles,
 * no module reaching into another's internals, only the dependencies each package-info allows.
 * Writes the module diagrams into {@code docs/modules} (committed; the README shows them).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SanxiangApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        // the Documenter writes the relations in no fixed order: sorted, an unchanged structure leaves the files unchanged
        try (var files = Files.list(Path.of("docs/modules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Rel(")).findFirst().orElse(""));
                if (first >= 0) {
                    List<String> sorted = new java.util.ArrayList<>(lines.stream().filter(l -> !l.startsWith("Rel(")).toList());
                    sorted.addAll(first, relations);
                    Files.write(file, sorted, StandardCharsets.UTF_8);
                }
            }
        }
    }

    @Test
    void readmeCodeLayoutNamesEveryModuleAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## 项目结构 Code layout");
        String layout = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Matcher item = Pattern.compile("(?m)^- `([a-z]+)`:").matcher(layout);
        List<String> listed = item.results().map(m -> m.group(1)).sorted().toList();
        List<String> modules = MODULES.stream().map(ApplicationModule::getName).sorted().toList();
        assertThat(listed).as("the modules README.md lists under 项目结构 Code layout").isEqualTo(modules);
    }
}
