package downhill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the project keeps: a pure-Java engine under a JavaFX app and a headless CLI. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("downhill");
    }

    @Test
    void engineDoesNotUseJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("downhill.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .because("the engine runs headless in the CLI and in tests")
                .check(classes);
    }

    @Test
    void engineDoesNotUseAppOrCli() {
        noClasses()
                .that()
                .resideInAPackage("downhill.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("downhill.app..", "downhill.cli..")
                .check(classes);
    }

    @Test
    void cliDoesNotUseJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("downhill.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .because("commands run without starting the JavaFX toolkit")
                .check(classes);
    }

    @Test
    void experimentFilesDoNotUseJavaFxOrTheApp() {
        noClasses()
                .that()
                .resideInAPackage("downhill.experiment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "downhill.app..", "downhill.cli..")
                .because("the CLI and the app both read and write experiments")
                .check(classes);
    }

    @Test
    void sharedControlsUseNeitherTab() {
        noClasses()
                .that()
                .resideInAPackage("downhill.app.control..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("downhill.app.landscape..", "downhill.app.network..", "downhill.app.backprop..")
                .because("controls shared by both tabs live below them")
                .check(classes);
    }

    @Test
    void renderUsesNeitherJavaFxNorTheAppNorTheCli() {
        noClasses()
                .that()
                .resideInAPackage("downhill.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "downhill.app..", "downhill.cli..")
                .because("pictures are drawn headless for the CLI and off the FX thread for the app")
                .check(classes);
    }

    /**
     * The layers, each using only those below it: the engine at the bottom (with a race as a value,
     * {@code engine.scene}); experiment files and pictures drawn headless ({@code render}) on it, neither using the
     * other; the command line and the window side by side on those, neither using the other; {@code snapshot} (a
     * command that pictures the real window) on both; {@code Main} picks the window or the command line.
     */
    @Test
    void layersOnlyUseTheLayersBelow() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Main")
                .definedBy("downhill")
                .layer("Snapshot")
                .definedBy("downhill.snapshot..")
                .layer("App")
                .definedBy("downhill.app..")
                .layer("Cli")
                .definedBy("downhill.cli..")
                .layer("Experiment")
                .definedBy("downhill.experiment..")
                .layer("Render")
                .definedBy("downhill.render..")
                .layer("Engine")
                .definedBy("downhill.engine..")
                .whereLayer("Main")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Snapshot")
                .mayOnlyBeAccessedByLayers("Main")
                .whereLayer("App")
                .mayOnlyBeAccessedByLayers("Snapshot", "Main")
                .whereLayer("Cli")
                .mayOnlyBeAccessedByLayers("Snapshot", "Main")
                .whereLayer("Experiment")
                .mayOnlyBeAccessedByLayers("Cli", "App", "Snapshot", "Main")
                .whereLayer("Render")
                .mayOnlyBeAccessedByLayers("Cli", "App", "Snapshot", "Main")
                .check(classes);
    }

    @Test
    void noPackageCyclesBetweenTheLayersOrWithinThem() {
        slices().matching("downhill.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("downhill.engine.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("downhill.app.(*)..")
                .should()
                .beFreeOfCycles()
                .because("shared widgets live in app.control, which uses no tab; each tab owns its own package")
                .check(classes);
    }
}
