/**
 * Users, roles, credentials and sessions: login with Argon2id passwords, JWT access tokens,
 * rotating refresh tokens whose reuse revokes the session, login rate limits, and the security
 * filter chain that puts the caller's tenant into every transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Auth", allowedDependencies = "shared")
package cloud.olympus.server.auth;
