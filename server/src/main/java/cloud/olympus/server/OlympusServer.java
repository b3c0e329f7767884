package cloud.olympus.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** The Olympus server: one deployable, one package per business module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Modulithic(systemName = "Olympus", sharedModules = "shared")
public class OlympusServer {

    public static void main(String[] args) {
        SpringApplication.run(OlympusServer.class, args);
    }
}
