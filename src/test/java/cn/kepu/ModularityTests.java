package cn.kepu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are Spring Modulith modules: no cycles, no reaching into another module's internals, and
 * only the dependencies each module declares. Also writes the module diagrams and canvases — into target/modules,
 * so a test run changes no tracked file; {@code scripts/module-docs.sh} writes them into docs/modules.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KepuApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(System.getProperty("kepu.module-docs", "target/modules")))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
