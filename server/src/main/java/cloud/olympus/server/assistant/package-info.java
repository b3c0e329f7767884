/**
 * The assistant: answers questions about the business asked in English, Spanish, French or German,
 * and recommendations computed from its data (what to reorder, when to add staff, which customers to
 * win back), each with its figures and reasons. Questions are read by rules without any outside
 * service (language, intent, dates, numbers, the catalogue's names) and answered from the other
 * modules' figures, sales from analytics' rollups through the queries the dashboard's figures agree
 * with; an OpenAI-compatible endpoint may be configured to reword an answer, never to change its
 * figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistant",
        allowedDependencies = {"shared", "platform", "auth", "commerce", "inventory", "customer", "workforce",
                "analytics", "analytics::forecast"})
package cloud.olympus.server.assistant;
