/**
 * Infrastructure every module stands on: tenant context per transaction, database bootstrap
 * (embedded or external PostgreSQL, owner and application roles), and the HTTP error model.
 * Open to all modules; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cloud.olympus.server.shared;
