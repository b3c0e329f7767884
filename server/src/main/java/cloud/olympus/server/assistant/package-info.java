/**
 * The assistant: answers about the business and recommendations computed from its data (what to
 * reorder, when to add staff, which customers to win back), each with its figures and reasons.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistant",
        allowedDependencies = {"shared", "platform", "auth", "commerce", "inventory", "customer", "workforce",
                "analytics::forecast"})
package cloud.olympus.server.assistant;
