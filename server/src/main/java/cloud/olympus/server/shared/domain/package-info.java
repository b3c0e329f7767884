/**
 * The language every module's services speak when a rule is broken: {@link
 * cloud.olympus.server.shared.domain.DomainException} and its kinds, and {@link
 * cloud.olympus.server.shared.domain.Input} for taking values in. Nothing here knows of HTTP.
 */
package cloud.olympus.server.shared.domain;
