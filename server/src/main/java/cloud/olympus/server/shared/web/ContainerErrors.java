package cloud.olympus.server.shared.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors raised below the application answer as problems too: Tomcat's own error page (a URL it
 * cannot parse) and Spring Security's firewall (an encoded slash, a path that tries to climb out).
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    RequestRejectedHandler firewallProblems() {
        return (request, response, rejected) -> Problems.write(response, ProblemType.MALFORMED_REQUEST,
                "The request's URL or headers are not acceptable");
    }
}
