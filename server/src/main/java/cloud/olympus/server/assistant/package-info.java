/**
 * Assistant: answers questions about the business asked in English, Spanish, French or German, from
 * the business's own data, without any outside service: the question is read by rules (language,
 * intent, dates, numbers, the catalogue's names), the answer comes from the other modules' figures.
 * An OpenAI-compatible endpoint may be configured to reword the answer, never to change its figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistant",
        allowedDependencies = {"shared", "platform", "auth", "commerce", "customer", "inventory", "workforce"})
package cloud.olympus.server.assistant;
