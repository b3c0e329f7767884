/**
 * GraphQL at {@code /graphql}: one schema over the services the REST API uses, with the same
 * tokens, permissions and tenants. The modules answer their own fields (controllers in their
 * {@code web} packages); this module holds what the schema shares: limits on depth and complexity,
 * errors in the API's problem types, permission checks per field, and the subscriptions to order
 * events over WebSocket.
 */
@org.springframework.modulith.ApplicationModule(displayName = "GraphQL", allowedDependencies = {"shared", "auth", "realtime"})
package cloud.olympus.server.graphql;
