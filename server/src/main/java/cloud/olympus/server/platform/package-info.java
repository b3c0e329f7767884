/**
 * Tenants: businesses and their locations, each with settings, features and branding, created
 * from an industry preset. Answers the tenant questions the security layer asks before a tenant
 * is in context.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {"shared", "auth"})
package cloud.olympus.server.platform;
