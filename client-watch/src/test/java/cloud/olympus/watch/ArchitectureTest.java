package cloud.olympus.watch;

import cloud.olympus.fx.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The watch client's main code: views that only bind, nothing of the server's, no printing but at start. */
@AnalyzeClasses(packages = "cloud.olympus.watch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotCallTheServer = ArchitectureRules.viewsDoNotCallTheServer();

    @ArchTest
    static final ArchRule nothingOfTheServer = ArchitectureRules.nothingOfTheServer();

    @ArchTest
    static final ArchRule printsOnlyFromEntryPoints = ArchitectureRules.printsOnlyFromEntryPoints();
}
