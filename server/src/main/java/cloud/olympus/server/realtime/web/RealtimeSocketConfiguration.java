package cloud.olympus.server.realtime.web;

import cloud.olympus.server.auth.BearerTokens;
import cloud.olympus.server.realtime.RealtimeProperties;
import cloud.olympus.server.shared.web.CorsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * {@code /ws}, a plain WebSocket speaking JSON. Browsers may connect from the same origin and from
 * the origins allowed for CORS; other clients name no origin.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class RealtimeSocketConfiguration implements WebSocketConfigurer {

    /** Larger messages than this the container refuses by closing the socket (1009); smaller ones over our own limit get an error. */
    private static final int CONTAINER_MESSAGE_LIMIT = 65_536;

    private final RealtimeSocketHandler handler;
    private final BearerTokens tokens;
    private final CorsProperties cors;
    private final RealtimeProperties properties;

    RealtimeSocketConfiguration(RealtimeSocketHandler handler, BearerTokens tokens, CorsProperties cors,
                                RealtimeProperties properties) {
        this.handler = handler;
        this.tokens = tokens;
        this.cors = cors;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws")
                .addInterceptors(new BearerHandshake(tokens))
                .setAllowedOriginPatterns(cors.origins().toArray(String[]::new));
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(CONTAINER_MESSAGE_LIMIT);
        container.setMaxBinaryMessageBufferSize(1024);
        container.setAsyncSendTimeout(properties.socket().sendTimeout().toMillis());
        return container;
    }
}
