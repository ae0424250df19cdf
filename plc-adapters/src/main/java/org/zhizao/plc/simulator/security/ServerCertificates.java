package org.zhizao.plc.simulator.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.KeyStoreCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;

/**
 * The simulator's certificate stores on disk, laid out as an administrator manages them:
 *
 * <pre>
 * securityDir/plant-simulator.pfx     PKCS12 key store: the server's key pair and certificate,
 *                                     created on first start and reused afterwards
 * securityDir/pki/trusted/certs       client certificates the server trusts
 * securityDir/pki/rejected/certs      unknown client certificates; move one to trusted/certs to trust it
 * securityDir/pki/trusted/crl         revocation lists of trusted CAs
 * securityDir/pki/issuer/certs, crl   issuing CA certificates and their revocation lists
 * </pre>
 */
public final class ServerCertificates {

  /** The server's application URI, also written into its certificate. */
  public static final String APPLICATION_URI = "urn:zhizao:plant-simulator:server";

  private static final Pattern IP_ADDRESS = Pattern.compile("^[0-9.]+$|^[0-9a-fA-F:]+$");

  private final CertificateManager certificateManager;
  private final X509Certificate certificate;

  private ServerCertificates(CertificateManager certificateManager, X509Certificate certificate) {
    this.certificateManager = certificateManager;
    this.certificate = certificate;
  }

  /**
   * Opens (or creates) the stores under {@code securityDir}; a new certificate names {@code
   * hostnames} in its subject alternative names.
   */
  public static ServerCertificates open(Path securityDir, char[] keyStorePassword, Set<String> hostnames)
      throws Exception {
    Path pki = securityDir.resolve("pki");
    Files.createDirectories(pki);
    var certificateStore =
        KeyStoreCertificateStore.createAndInitialize(
            new KeyStoreCertificateStore.Settings(
                securityDir.resolve("plant-simulator.pfx"),
                () -> keyStorePassword.clone(),
                alias -> keyStorePassword.clone()));
    var trustList = FileBasedTrustListManager.createAndInitialize(pki);
    var quarantine = FileBasedCertificateQuarantine.create(pki.resolve("rejected").resolve("certs"));
    var factory =
        new RsaSha256CertificateFactory() {
          @Override
          protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair)
              throws Exception {
            return new X509Certificate[] {selfSigned(keyPair, hostnames)};
          }
        };
    var group =
        DefaultApplicationGroup.createAndInitialize(
            trustList, certificateStore, factory,
            new DefaultServerCertificateValidator(trustList, quarantine));
    X509Certificate certificate =
        group.getCertificateChain(NodeIds.RsaSha256ApplicationCertificateType)
            .orElseThrow(() -> new IllegalStateException("no server certificate"))[0];
    return new ServerCertificates(new DefaultCertificateManager(quarantine, group), certificate);
  }

  private static X509Certificate selfSigned(KeyPair keyPair, Set<String> hostnames) throws Exception {
    SelfSignedCertificateBuilder builder =
        new SelfSignedCertificateBuilder(keyPair)
            .setCommonName("Zhizao Plant Simulator")
            .setOrganization("Zhizao MES")
            .setApplicationUri(APPLICATION_URI)
            .setValidityPeriod(java.time.Period.ofYears(10));
    for (String host : hostnames) {
      if (IP_ADDRESS.matcher(host).matches()) {
        builder.addIpAddress(host);
      } else {
        builder.addDnsName(host);
      }
    }
    return builder.build();
  }

  public CertificateManager certificateManager() {
    return certificateManager;
  }

  public X509Certificate certificate() {
    return certificate;
  }
}
