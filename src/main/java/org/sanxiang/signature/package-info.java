/**
 * The agency's signing key (机关签名密钥): signs the canonical text of documents that must never
 * change once issued (the written opinions of the legal review) and verifies such signatures.
 * The key is an SM2 (国密, the default) or Ed25519 (or ECDSA) key in a PKCS12 keystore whose path, password and alias come
 * from configuration ({@code sanxiang.signing.*}); signing and verifying use Bouncy Castle (SM2 with SM3, Ed25519, ECDSA). Outside
 * the demo and test profiles a missing keystore stops start-up; there a key is generated (Bouncy
 * Castle only builds its self-signed certificate, which PKCS12 requires).
 *
 * <p>Module {@code signature}; it uses no other module of the application.
 */
@ApplicationModule(allowedDependencies = {})
package org.sanxiang.signature;

import org.springframework.modulith.ApplicationModule;
