package cloud.olympus.fx;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The parts the clients share keep the clients' rules. */
@AnalyzeClasses(packages = "cloud.olympus.fx", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotCallTheServer = ArchitectureRules.viewsDoNotCallTheServer();

    @ArchTest
    static final ArchRule nothingOfTheServer = ArchitectureRules.nothingOfTheServer();

    @ArchTest
    static final ArchRule printsOnlyFromEntryPoints = ArchitectureRules.printsOnlyFromEntryPoints();
}
