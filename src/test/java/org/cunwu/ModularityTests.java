package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import jakarta.persistence.Entity;

import org.cunwu.villages.Cluster;
import org.cunwu.villages.DemonstrationZone;
import org.cunwu.villages.District;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;

/**
 * Each module reaches others only through their public API and its declared allowed dependencies, without cycles.
 * The diagrams are written to target/modules; docs/modules must hold the same ones. After a change of the modules,
 * refresh docs/modules with {@code ./mvnw -o -q test -Dtest=ModularityTests -Dcunwu.modules.update=true}.
 */
class ModularityTests {

    static final Path GENERATED = Path.of("target/modules");
    static final Path DOCUMENTED = Path.of("docs/modules");

    final ApplicationModules modules = ApplicationModules.of(CunwuApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        List<String> undeclared = modules.stream()
                .filter(module -> module.getBasePackage().getAnnotation(ApplicationModule.class)
                        .map(declared -> declared.allowedDependencies().length == 1
                                && declared.allowedDependencies()[0].equals(ApplicationModule.OPEN_TOKEN))
                        .orElse(true))
                .map(module -> module.getIdentifier().toString()).toList();
        assertThat(undeclared).as("modules whose package-info lacks @ApplicationModule(allowedDependencies = ...)").isEmpty();
    }

    /**
     * A module reaches another through the types that module marks {@code @NamedInterface("api")} (its services, the
     * records and events it hands out), never through its controllers, repositories or forms: every allowed dependency
     * names that interface, except the open shared kernel.
     */
    @Test
    void otherModulesAreReachedThroughTheirApi() {
        List<String> wholeModules = modules.stream()
                .flatMap(module -> module.getBasePackage().getAnnotation(ApplicationModule.class).stream()
                        .flatMap(declared -> Stream.of(declared.allowedDependencies()))
                        .filter(target -> !target.equals("shared") && !target.endsWith("::api"))
                        .map(target -> module.getIdentifier() + " -> " + target))
                .toList();
        assertThat(wholeModules).as("allowed dependencies on a whole module instead of its api").isEmpty();
        for (String target : List.of("inbox", "attachments", "publicnotice", "talent", "campaigns", "projects", "cadres", "accounts",
                "reports", "representatives", "villages")) {
            assertThat(modules.getModuleByName(target).orElseThrow().getNamedInterfaces().getByName("api"))
                    .as("the api of %s", target).isPresent();
        }
    }

    /**
     * These modules keep everything but their API in their {@code internal} package: their base package holds exactly the
     * types they mark {@code @NamedInterface("api")} (no entity, repository or controller), and Spring Modulith exposes
     * nothing below the base package, so {@link #modulesRespectTheirBoundaries} fails on any other module's reference to
     * an internal type (as {@link #aReferenceToAnotherModulesInternalTypeFailsVerification} shows).
     */
    static final List<String> HIDING_THEIR_INSIDES = List.of("accounts", "attachments", "campaigns", "evaluations", "inbox",
            "ledgers", "projects", "publicnotice", "reports", "representatives", "search", "villages", "cadres", "talent");

    /**
     * The entities a module hiding its insides still shows in its API, the one exception to that: other modules' entities
     * hold villages' in {@code @ManyToOne} associations and their queries navigate them ({@code village.town}); replacing
     * those with ids is for later. This list may only shrink: each entry must still be such an entity in that API, and
     * other modules only read them ({@link #otherModulesOnlyReadTheEntitiesStillInAnApi}).
     */
    static final Map<String, List<Class<?>>> ENTITIES_STILL_IN_API = Map.of("villages",
            List.of(Cluster.class, DemonstrationZone.class, District.class, Town.class, Village.class));

    @Test
    void aModuleShowsOnlyItsApiAndKeepsTheRestInItsInternalPackage() {
        for (String name : HIDING_THEIR_INSIDES) {
            var module = modules.getModuleByName(name).orElseThrow();
            String base = module.getBasePackage().getName();
            List<String> api = module.getNamedInterfaces().getByName("api").stream().flatMap(NamedInterface::asJavaClasses)
                    .filter(JavaClass::isTopLevelClass).map(JavaClass::getName).distinct().sorted().toList();
            // what Spring Modulith exposes of a module without asking: the public types of its base package
            List<String> shown = module.getBasePackage().toSingle().stream()
                    .filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
                    .map(JavaClass::getName).sorted().toList();
            assertThat(shown).as("the public types of %s (mark its API @NamedInterface(\"api\"), move the rest to %s.internal)",
                    base, base).isEqualTo(api);
            assertThat(module.getBasePackage().toSingle().stream()
                    .filter(type -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
                    .map(JavaClass::getName)).as("what %s holds besides its API", base).containsExactlyInAnyOrderElementsOf(api);
            assertThat(module.getNamedInterfaces().getByName("api").stream().flatMap(NamedInterface::asJavaClasses)
                    .filter(type -> type.isAnnotatedWith(Entity.class) || type.isMetaAnnotatedWith(Controller.class)
                            || type.isAssignableTo(Repository.class))
                    .map(JavaClass::getName)).as("entities, controllers and repositories in the API of %s", name)
                    .containsExactlyInAnyOrderElementsOf(entitiesStillInApi(name));
            List<JavaClass> inside = module.getBasePackage().stream()
                    .filter(type -> !type.getPackageName().equals(base)).toList();
            assertThat(inside).as("the types of %s below its base package", name)
                    .allSatisfy(type -> assertThat(type.getPackageName()).startsWith(base + ".internal"))
                    .noneMatch(module::isExposed);
            List<String> reachedFromOutside = modules.stream().filter(other -> !other.equals(module))
                    .flatMap(other -> other.getBasePackage().stream())
                    .flatMap(type -> type.getDirectDependenciesFromSelf().stream()
                            .filter(dependency -> inside.contains(dependency.getTargetClass()))
                            .map(dependency -> dependency.getDescription()))
                    .toList();
            assertThat(reachedFromOutside).as("other modules reaching into %s.internal", base).isEmpty();
        }
    }

    @Test
    void otherModulesOnlyReadTheEntitiesStillInAnApi() {
        for (String name : ENTITIES_STILL_IN_API.keySet()) {
            var module = modules.getModuleByName(name).orElseThrow();
            List<String> notReads = modules.stream().filter(other -> !other.equals(module))
                    .flatMap(other -> other.getBasePackage().stream())
                    .flatMap(type -> type.getAccessesFromSelf().stream())
                    .filter(access -> entitiesStillInApi(name).contains(access.getTargetOwner().getName()))
                    .filter(access -> !access.getTarget().getName().matches("(get|is)[A-Z]\\w*")) // a getter, called or referenced
                    .map(JavaAccess::getDescription).toList();
            assertThat(notReads).as("other modules building or changing the entities of %s (go through its services)", name).isEmpty();
        }
    }

    static List<String> entitiesStillInApi(String module) {
        return ENTITIES_STILL_IN_API.getOrDefault(module, List.of()).stream().map(Class::getName).toList();
    }

    /** A test-only pair of modules: {@code user} may use {@code owner::api}, and also reaches into {@code owner.internal}. */
    @Test
    void aReferenceToAnotherModulesInternalTypeFailsVerification() {
        ApplicationModules fixture = ApplicationModules.of("org.cunwu.modularityfixture", location -> true);
        assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("UsesHidden")
                .hasMessageContaining("org.cunwu.modularityfixture.owner.internal.Hidden")
                .hasMessageNotContaining("UsesApi");
    }

    @Test
    void docsShowTheModulesAsTheyAre() throws IOException {
        if (Files.isDirectory(GENERATED)) {
            for (Path old : diagrams(GENERATED)) {
                Files.delete(GENERATED.resolve(old));
            }
        }
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        List<Path> diagrams = diagrams(GENERATED);
        assertThat(diagrams).isNotEmpty();
        if (Boolean.getBoolean("cunwu.modules.update")) {
            for (Path stale : diagrams(DOCUMENTED)) {
                Files.delete(DOCUMENTED.resolve(stale));
            }
            for (Path diagram : diagrams) {
                Files.copy(GENERATED.resolve(diagram), DOCUMENTED.resolve(diagram), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(diagrams(DOCUMENTED)).as("diagrams in %s (refresh: see ModularityTests)", DOCUMENTED)
                .containsExactlyInAnyOrderElementsOf(diagrams);
        for (Path diagram : diagrams) {
            // the order of a diagram's lines may change from run to run; what it says may not
            assertThat(lines(DOCUMENTED.resolve(diagram))).as("%s in %s (refresh: see ModularityTests)", diagram, DOCUMENTED)
                    .isEqualTo(lines(GENERATED.resolve(diagram)));
        }
    }

    static List<Path> diagrams(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".puml")).map(Path::getFileName).sorted().toList();
        }
    }

    static TreeSet<String> lines(Path file) throws IOException {
        return new TreeSet<>(Files.readAllLines(file).stream().map(String::strip).toList());
    }
}
