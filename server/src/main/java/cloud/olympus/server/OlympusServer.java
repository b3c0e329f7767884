package cloud.olympus.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The Olympus server: one deployable, one package per business module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Olympus", sharedModules = "shared")
public class OlympusServer {

    public static void main(String[] args) {
        SpringApplication.run(OlympusServer.class, args);
    }
}
